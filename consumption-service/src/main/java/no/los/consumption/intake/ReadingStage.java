package no.los.consumption.intake;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Readings on their way in, staged in temporary tables of the caller's transaction with PostgreSQL's
 * {@code COPY} and then checked and merged set-wise, never row by row: the values ({@code staged_value}:
 * series, start in epoch seconds, Wh) and the day series they belong to ({@code staged_series}). The
 * checks mark whole metering points refused; the merge stores the rest, keeps each version of a day a
 * correction replaces in {@code reading_correction} (by way of {@code replaced_value}), sums quarters
 * to hours and brings each metered day's total up to date.
 * <p>
 * One stage per transaction; the tables go with its commit. The caller takes the connection from
 * the transaction and closes the stage, not the connection.
 */
public final class ReadingStage implements AutoCloseable {

    /**
     * Memory for the merge's joins and sorts, for this transaction only: a day of 200,000 points joins
     * 4.8 million staged values, which the default 4 MB would sort on disk.
     */
    private static final String WORK_MEM = "256MB";

    /** Values pass through this buffer on their way to the server. */
    private static final int COPY_BUFFER = 1 << 16;

    private final Connection connection;
    private final List<DaySeries> series = new ArrayList<>();
    private PGCopyOutputStream valueCopy;
    private CopyRows values;
    private int nextSeriesId = 1;

    private ReadingStage(Connection connection) {
        this.connection = connection;
    }

    /**
     * Creates the stage's tables in the connection's transaction. The copy of values opens with the
     * first value and holds the connection until {@link #seal}: nothing else may use it meanwhile.
     */
    public static ReadingStage open(Connection connection) {
        ReadingStage stage = new ReadingStage(connection);
        stage.execute("set local work_mem = '" + WORK_MEM + "'");
        stage.execute("""
                create temporary table staged_value (
                    series       int    not null,
                    starts_epoch bigint not null,
                    kwh_milli    bigint not null
                ) on commit drop""");
        stage.execute("""
                create temporary table replaced_value (
                    series       int            not null,
                    starts_epoch bigint         not null,
                    starts_at    timestamptz    not null,
                    customer_id  uuid           not null,
                    kwh          numeric(12, 3) not null,
                    received_at  timestamptz    not null
                ) on commit drop""");
        stage.execute("""
                create temporary table staged_series (
                    series            int         primary key,
                    line              int         not null,
                    metering_point_id varchar(18) not null,
                    day               date,
                    resolution        varchar(5),
                    day_start         bigint,
                    day_end           bigint,
                    whole_day         boolean     not null,
                    intervals         int         not null,
                    kwh_milli         bigint      not null,
                    customer_id       uuid,
                    field             text,
                    reason            text,
                    stored_resolution varchar(5),
                    refused           boolean     not null default false
                ) on commit drop""");
        return stage;
    }

    /** The id the next series will have: its values are staged under it before the series itself. */
    public int nextSeriesId() {
        return nextSeriesId;
    }

    /** Stages one value of the series {@link #nextSeriesId()} will name. */
    public void value(int seriesId, long startEpochSecond, long kwhMilli) {
        try {
            if (values == null) {
                valueCopy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                        "copy staged_value (series, starts_epoch, kwh_milli) from stdin", COPY_BUFFER);
                values = new CopyRows(valueCopy);
            }
            values.number(seriesId).number(startEpochSecond).number(kwhMilli).endRow();
        } catch (IOException | SQLException e) {
            throw new StageFailed("copying a value", e);
        }
    }

    /** Adds the series whose values were staged under its id; the next series gets the next id. */
    public void add(DaySeries day) {
        if (day.id() != nextSeriesId) {
            throw new IllegalStateException("series are added in the order of their ids");
        }
        series.add(day);
        nextSeriesId++;
    }

    /**
     * Ends the copy of values and copies the series, then lets the planner see both tables (temporary
     * tables are never analysed on their own).
     */
    public void seal() {
        try {
            if (valueCopy != null) {
                valueCopy.endCopy();
            }
            try (PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy staged_series (series, line, metering_point_id, day, resolution, day_start, day_end, whole_day,"
                            + " intervals, kwh_milli, customer_id, field, reason) from stdin", COPY_BUFFER)) {
                CopyRows rows = new CopyRows(copy);
                for (DaySeries day : series) {
                    rows.number(day.id()).number(day.line()).text(day.meteringPointId())
                            .text(day.day() == null ? null : day.day().toString())
                            .text(day.resolution() == null ? null : day.resolution().name());
                    if (day.day() == null) {
                        rows.text(null).text(null);
                    } else {
                        rows.number(day.startEpochSecond()).number(day.endEpochSecond());
                    }
                    rows.flag(day.wholeDay()).number(day.intervals()).number(day.kwhMilli()).uuid(day.customerId())
                            .text(day.field()).text(day.reason()).endRow();
                }
            }
        } catch (IOException | SQLException e) {
            throw new StageFailed("copying the staged series", e);
        }
        series.clear();
        execute("analyze staged_value");
        execute("analyze staged_series");
    }

    /**
     * Takes the locks a writer of readings holds until it commits, before it checks anything: one writer
     * of readings at a time (a delivery, a single point's batch), so the days found stored are the days
     * it replaces; and the supply contracts in share mode, so the owners
     * found are the owners at commit, and an erasure that deletes a customer's contracts and readings
     * ({@code SupplyContractRepository.lockAgainstDeliveries}) comes wholly before or wholly after.
     */
    public void lockForWriting() {
        execute("select pg_advisory_xact_lock(" + WRITERS_LOCK + ")");
        execute("lock table supply_contract in share mode");
    }

    /** Refuses the series of metering points customer-service never registered with us. */
    public void refuseUnknownMeteringPoints() {
        execute("""
                update staged_series s set field = 'meteringPointId', reason = 'is not a metering point of ours'
                where s.reason is null
                  and not exists (select 1 from known_metering_point p where p.id = s.metering_point_id)""");
    }

    /**
     * Gives each series without a known owner the customer whose supply contract covers its day, and
     * refuses the days no contract of ours covers: they are another retailer's customer's.
     */
    public void resolveOwners() {
        execute("""
                update staged_series s set customer_id = c.customer_id
                from supply_contract c
                where s.customer_id is null and s.reason is null
                  and c.metering_point_id = s.metering_point_id and c.cancelled_on is null
                  and c.starts_on <= s.day and (c.ends_on is null or c.ends_on >= s.day)""");
        execute("""
                update staged_series set field = 'day', reason = 'lies outside every supply contract of the metering point'
                where customer_id is null and reason is null""");
    }

    /** Refuses a day sent in another resolution than the one it is stored in: a correction keeps it. */
    public void refuseChangedResolutions() {
        execute("""
                update staged_series s set stored_resolution = d.resolution
                from metered_day d
                where d.metering_point_id = s.metering_point_id and d.day = s.day""");
        execute("""
                update staged_series set field = 'resolution',
                    reason = 'differs from the ' || stored_resolution || ' the day is stored in: a correction keeps it'
                where reason is null and stored_resolution <> resolution""");
    }

    /** What was refused of one metering point: how much, and the first line that broke a rule and why. */
    public record RefusedPoint(String meteringPointId, int days, long values, int firstLine, String field, String reason) {
    }

    /** The refusals of a delivery: at most {@code limit} metering points in detail, in line order, and how many in all. */
    public record Refusals(List<RefusedPoint> points, int total) {
    }

    /**
     * Refuses every series of a metering point one of whose series broke a rule, so that nothing of it is
     * stored, and tells what was refused.
     */
    public Refusals refuseWholePoints(int limit) {
        execute("""
                update staged_series set refused = true
                where metering_point_id in (select metering_point_id from staged_series where reason is not null)""");
        List<RefusedPoint> points = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                with first_refusal as (
                    select distinct on (metering_point_id) metering_point_id, line, field, reason
                    from staged_series where reason is not null
                    order by metering_point_id, line)
                select f.metering_point_id, count(*), sum(s.intervals), f.line, f.field, f.reason
                from first_refusal f join staged_series s on s.metering_point_id = f.metering_point_id
                group by f.metering_point_id, f.line, f.field, f.reason
                order by f.line
                limit ?""")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    points.add(new RefusedPoint(rows.getString(1), rows.getInt(2), rows.getLong(3), rows.getInt(4),
                            rows.getString(5), rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new StageFailed("reporting the refused metering points", e);
        }
        int total = (int) single("select count(distinct metering_point_id) from staged_series where refused");
        return new Refusals(points, total);
    }

    /** The Norwegian calendar months the series to be stored lie in: each needs its partitions. */
    public Set<YearMonth> monthsToStore() {
        Set<YearMonth> months = new LinkedHashSet<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(
                        "select distinct to_char(day, 'YYYY-MM') from staged_series where not refused order by 1")) {
            while (rows.next()) {
                months.add(YearMonth.parse(rows.getString(1)));
            }
        } catch (SQLException e) {
            throw new StageFailed("reading the months of the staged readings", e);
        }
        return months;
    }

    /** What the merge stored: metering points, days and values, and how many earlier values it replaced. */
    public record Stored(int meteringPoints, int days, long values, long corrected) {
    }

    /**
     * Stores every series not refused. A day already stored is replaced: its rows are deleted and kept
     * aside, the version they formed goes to the correction history when the series changes any of its
     * values, and a value a single point's partial day leaves out is written back as it was. Then every
     * value the stage holds is inserted (its time of arrival is this delivery's), quarters are summed to
     * hours, and each day's resolution and total recorded.
     */
    public Stored merge(OffsetDateTime now) {
        Counts counts = counts();
        long corrected = 0;
        for (Resolution resolution : Resolution.values()) {
            if (counts.of(resolution) == 0) {
                continue;
            }
            String table = tableOf(resolution);
            if (counts.stored() > 0) {
                corrected += replaceStoredDays(table, resolution, counts.partial() > 0, now);
            }
            update(insertValues(table, resolution), now);
        }
        if (counts.quarterly() > 0) {
            if (counts.stored() > 0) {
                update("""
                        delete from hourly_reading r using staged_series s
                        where not s.refused and s.resolution = 'PT15M' and s.stored_resolution is not null
                          and r.metering_point_id = s.metering_point_id
                          and r.starts_at >= to_timestamp(s.day_start) and r.starts_at < to_timestamp(s.day_end)""");
            }
            update("""
                    insert into hourly_reading (metering_point_id, starts_at, customer_id, kwh, received_at)
                    select s.metering_point_id, to_timestamp(v.starts_epoch - v.starts_epoch % 3600), s.customer_id,
                           sum(v.kwh_milli) * 0.001, ?
                    from staged_series s join staged_value v on v.series = s.series
                    where not s.refused and s.resolution = 'PT15M'
                    group by s.metering_point_id, v.starts_epoch - v.starts_epoch % 3600, s.customer_id""", now);
        }
        update("""
                insert into metered_day (metering_point_id, day, customer_id, resolution, intervals, kwh, updated_at)
                select metering_point_id, day, customer_id, resolution, intervals, kwh_milli * 0.001, ?
                from staged_series where not refused and whole_day
                """ + REPLACE_DAY, now);
        if (counts.partial() > 0) {
            update("""
                    insert into metered_day (metering_point_id, day, customer_id, resolution, intervals, kwh, updated_at)
                    select s.metering_point_id, s.day, s.customer_id, 'PT60M', count(*), sum(r.kwh), ?
                    from staged_series s join hourly_reading r on r.metering_point_id = s.metering_point_id
                         and r.starts_at >= to_timestamp(s.day_start) and r.starts_at < to_timestamp(s.day_end)
                    where not s.refused and not s.whole_day
                    group by s.metering_point_id, s.day, s.customer_id
                    """ + REPLACE_DAY, now);
        }
        return new Stored(counts.points(), counts.days(), counts.values(), corrected);
    }

    /**
     * Clears the stored days of this resolution that the stage holds: deletes their rows into
     * {@code replaced_value}, keeps each version that the series changes a value of, and writes back
     * the values a partial day leaves out. Returns how many stored values a different one replaces.
     */
    private long replaceStoredDays(String table, Resolution resolution, boolean partialDays, OffsetDateTime now) {
        update("truncate replaced_value");
        update("""
                with gone as (
                    delete from %1$s r using staged_series s
                    where not s.refused and s.resolution = '%2$s' and s.stored_resolution is not null
                      and r.metering_point_id = s.metering_point_id
                      and r.starts_at >= to_timestamp(s.day_start) and r.starts_at < to_timestamp(s.day_end)
                    returning s.series, r.starts_at, r.customer_id, r.kwh, r.received_at)
                insert into replaced_value (series, starts_epoch, starts_at, customer_id, kwh, received_at)
                select series, extract(epoch from starts_at)::bigint, starts_at, customer_id, kwh, received_at from gone
                """.formatted(table, resolution.name()));
        long corrected = number("""
                with compared as (
                    select x.series, x.starts_at, x.customer_id, x.kwh, x.received_at,
                           v.series is not null and x.kwh <> v.kwh_milli * 0.001 as changed
                    from replaced_value x
                    left join staged_value v on v.series = x.series and v.starts_epoch = x.starts_epoch),
                versions as (
                    select series, min(customer_id::text)::uuid as customer_id, max(received_at) as received_at,
                           array_agg(starts_at order by starts_at) as starts_at, array_agg(kwh order by starts_at) as kwh,
                           count(*) filter (where changed) as changes
                    from compared group by series having bool_or(changed)),
                kept as (
                    insert into reading_correction (metering_point_id, day, resolution, customer_id, starts_at, kwh,
                        received_at, replaced_at)
                    select s.metering_point_id, s.day, '%1$s', v.customer_id, v.starts_at, v.kwh, v.received_at, ?
                    from versions v join staged_series s on s.series = v.series)
                select coalesce(sum(changes), 0) from versions""".formatted(resolution.name()), now);
        if (partialDays) {
            update("""
                    insert into %1$s (metering_point_id, starts_at, customer_id, kwh, received_at)
                    select s.metering_point_id, x.starts_at, s.customer_id, x.kwh, x.received_at
                    from replaced_value x join staged_series s on s.series = x.series
                    where not exists (select 1 from staged_value v where v.series = x.series and v.starts_epoch = x.starts_epoch)
                    """.formatted(table));
        }
        return corrected;
    }

    /**
     * The advisory lock of writers of readings ({@link #lockForWriting}): values are inserted without
     * the cost of a conflict check, and two deliveries never race for the same day.
     */
    private static final long WRITERS_LOCK = 0x4c4f535f524541L;

    /** What the stage holds to store: points, days, values; days already stored; hourly, quarterly and partial days. */
    private record Counts(int points, int days, long values, long stored, long hourly, long quarterly, long partial) {

        long of(Resolution resolution) {
            return resolution == Resolution.PT60M ? hourly : quarterly;
        }
    }

    private Counts counts() {
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery("""
                select count(distinct metering_point_id), count(*), coalesce(sum(intervals), 0),
                       count(*) filter (where stored_resolution is not null),
                       count(*) filter (where resolution = 'PT60M'),
                       count(*) filter (where resolution = 'PT15M'),
                       count(*) filter (where not whole_day)
                from staged_series where not refused""")) {
            rows.next();
            return new Counts(rows.getInt(1), rows.getInt(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                    rows.getLong(6), rows.getLong(7));
        } catch (SQLException e) {
            throw new StageFailed("counting the stage", e);
        }
    }

    private static String tableOf(Resolution resolution) {
        return resolution == Resolution.PT60M ? "hourly_reading" : "quarter_hour_reading";
    }

    /** Inserts every value of this resolution: no day the stage holds is stored any more (replaced days were deleted). */
    private static String insertValues(String table, Resolution resolution) {
        return """
                insert into %1$s (metering_point_id, starts_at, customer_id, kwh, received_at)
                select s.metering_point_id, to_timestamp(v.starts_epoch), s.customer_id, v.kwh_milli * 0.001, ?
                from staged_series s join staged_value v on v.series = s.series
                where not s.refused and s.resolution = '%2$s'
                """.formatted(table, resolution.name());
    }

    private static final String REPLACE_DAY = """
            on conflict (metering_point_id, day) do update
            set customer_id = excluded.customer_id, resolution = excluded.resolution, intervals = excluded.intervals,
                kwh = excluded.kwh, updated_at = excluded.updated_at""";

    private long update(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeLargeUpdate();
        } catch (SQLException e) {
            throw new StageFailed("merging the staged readings", e);
        }
    }

    private long number(String sql, Object... parameters) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StageFailed("merging the staged readings", e);
        }
    }

    private long single(String sql) {
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StageFailed("reading the stage", e);
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StageFailed("preparing the stage", e);
        }
    }

    /** Ends a copy left open by a failure; the transaction's rollback drops the tables. */
    @Override
    public void close() {
        try {
            if (valueCopy != null && valueCopy.isActive()) {
                valueCopy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction fails anyway; its rollback ends the copy too
        }
    }

    /**
     * The database refused a step of the stage. The message names the step only: the driver's own
     * message may quote a metering point or a value, so it stays out of the message and the log.
     */
    public static final class StageFailed extends RuntimeException {
        StageFailed(String step, Exception cause) {
            super("readings could not be stored: " + step + " failed (" + cause.getClass().getSimpleName()
                    + (cause instanceof SQLException sql ? ", SQL state " + sql.getSQLState() : "") + ")");
        }
    }
}
