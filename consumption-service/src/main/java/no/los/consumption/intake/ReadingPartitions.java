package no.los.consumption.intake;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import no.los.platform.time.OsloCalendar;

/**
 * Keeps a partition for every Norwegian calendar month the readings tables hold values of
 * ({@code hourly_reading_2026_11}, {@code quarter_hour_reading_2026_11}): a job creates this month's
 * and the next {@code los.consumption.partitions.months-ahead}, and the intake asks for the months a
 * delivery touches before it stores anything. Each creation is its own short transaction, so no
 * delivery holds the parent tables' lock; the retention job's deletes leave empty partitions behind.
 */
@ApplicationScoped
public class ReadingPartitions {

    private static final Logger LOG = Logger.getLogger(ReadingPartitions.class);
    static final List<String> PARTITIONED = List.of("hourly_reading", "quarter_hour_reading");

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "los.consumption.partitions.months-ahead", defaultValue = "3")
    int monthsAhead;

    /** Months known to have their partitions in this process, so a delivery asks the database only once a month. */
    private final Set<YearMonth> present = ConcurrentHashMap.newKeySet();

    @Scheduled(identity = "reading-partitions", every = "${los.consumption.partitions.every:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        YearMonth now = YearMonth.now(OsloCalendar.ZONE);
        ensure(IntStream.rangeClosed(0, monthsAhead).mapToObj(now::plusMonths).toList());
    }

    /** Creates the partitions of these months that do not exist yet; returns how many it created. */
    public int ensure(Collection<YearMonth> months) {
        int created = 0;
        for (YearMonth month : months) {
            if (present.contains(month)) {
                continue;
            }
            int made = QuarkusTransaction.requiringNew().call(() -> create(month));
            if (made > 0) {
                LOG.infof("Created the readings partitions of %s", month);
            }
            created += made;
            present.add(month);
        }
        return created;
    }

    private int create(YearMonth month) {
        int created = 0;
        for (String parent : PARTITIONED) {
            Object made = entityManager.createNativeQuery("select create_month_partition(?1, ?2)")
                    .setParameter(1, parent).setParameter(2, month.atDay(1)).getSingleResult();
            created += Boolean.TRUE.equals(made) ? 1 : 0;
        }
        return created;
    }
}
