package no.los.consumption.price;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import no.los.consumption.Period;
import no.los.consumption.intake.Resolution;
import no.los.platform.identifiers.PriceArea;
import no.los.platform.persistence.NativeTimestamps;
import no.los.platform.time.OsloCalendar;

/**
 * The day-ahead prices the service knows, per price area: stored a day at a time, read as the market
 * published them or as hours. An hour the market priced in quarters is the mean of its four quarter
 * prices, exact (at most seven decimals); an hour with fewer than four quarters known has no price.
 */
@ApplicationScoped
public class SpotPrices {

    @Inject
    AgroalDataSource database;

    /** A price of one interval; {@code derivedFrom} says whether the market priced the hour or its quarters. */
    public record IntervalPrice(OffsetDateTime start, BigDecimal nokPerKwh, Resolution derivedFrom) {
    }

    /** Stores the day, replacing what was stored for the area, day and resolution before; returns how many prices. */
    @Transactional
    public int store(SpotPriceDay day, String source) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("""
                    delete from spot_price where price_area = ? and resolution = ? and starts_at >= ? and starts_at < ?""")) {
                delete.setString(1, day.area().name());
                delete.setString(2, day.resolution().name());
                delete.setObject(3, OsloCalendar.startOf(day.day()));
                delete.setObject(4, OsloCalendar.startOf(day.day().plusDays(1)));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into spot_price (price_area, resolution, starts_at, nok_per_kwh, source, received_at)
                    values (?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < day.nokPerKwh().size(); i++) {
                    insert.setString(1, day.area().name());
                    insert.setString(2, day.resolution().name());
                    insert.setObject(3, day.start(i));
                    insert.setBigDecimal(4, day.nokPerKwh().get(i));
                    insert.setString(5, source);
                    insert.setObject(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("spot prices could not be stored (SQL state " + e.getSQLState() + ")");
        }
        return day.nokPerKwh().size();
    }

    /** Whether any price of the area's day is stored. */
    @Transactional
    public boolean hasDay(PriceArea area, LocalDate day) {
        return !read("""
                select starts_at, nok_per_kwh, resolution from spot_price
                where price_area = ? and starts_at >= ? and starts_at < ? limit 1""",
                area.name(), OsloCalendar.startOf(day), OsloCalendar.startOf(day.plusDays(1))).isEmpty();
    }

    /** The area's prices of the period as the market published them in this resolution, oldest first. */
    @Transactional
    public List<IntervalPrice> published(PriceArea area, Resolution resolution, Period period) {
        return read("""
                select starts_at, nok_per_kwh, resolution from spot_price
                where price_area = ? and starts_at >= ? and starts_at < ? and resolution = '%s'
                order by starts_at""".formatted(resolution.name()), area.name(), period.from(), period.to());
    }

    /**
     * The area's price of every hour of the period that has one: the market's hourly price, or else the
     * exact mean of its four quarter prices. Oldest first.
     */
    @Transactional
    public List<IntervalPrice> hourly(PriceArea area, Period period) {
        return read("""
                select starts_at, nok_per_kwh, resolution from spot_price
                where price_area = ? and starts_at >= ? and starts_at < ? and resolution = 'PT60M'
                union all
                select date_bin('1 hour', q.starts_at, timestamptz '2000-01-01 00:00:00+00'),
                       trim_scale(sum(q.nok_per_kwh) / 4), 'PT15M'
                from spot_price q
                where q.price_area = ? and q.starts_at >= ? and q.starts_at < ? and q.resolution = 'PT15M'
                  and not exists (select 1 from spot_price h where h.price_area = q.price_area and h.resolution = 'PT60M'
                      and h.starts_at = date_bin('1 hour', q.starts_at, timestamptz '2000-01-01 00:00:00+00'))
                group by 1
                having count(*) = 4
                order by 1""", area.name(), period.from(), period.to(), area.name(), period.from(), period.to());
    }

    private List<IntervalPrice> read(String sql, Object... parameters) {
        List<IntervalPrice> prices = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    prices.add(new IntervalPrice(NativeTimestamps.utc(rows.getObject(1, OffsetDateTime.class)),
                            rows.getBigDecimal(2), Resolution.valueOf(rows.getString(3))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("spot prices could not be read (SQL state " + e.getSQLState() + ")");
        }
        return prices;
    }
}
