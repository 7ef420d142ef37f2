package no.los.consumption.price;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import no.los.platform.identifiers.PriceArea;
import no.los.platform.time.OsloCalendar;

/**
 * Fetches the day-ahead prices of today and tomorrow for every price area from the {@link PriceSource}
 * until it has them: the market publishes tomorrow's prices around 13:00, so a day not published yet is
 * asked for again at the next run, and so is a day the source could not be asked for. Runs every
 * {@code los.consumption.price-source.every} (15 min) while a source URL is configured.
 */
@ApplicationScoped
public class PriceImport {

    private static final Logger LOG = Logger.getLogger(PriceImport.class);
    static final String SOURCE = "price-source";

    @Inject
    PriceSource source;

    @Inject
    SpotPrices prices;

    @Inject
    PriceSourceConfig config;

    @Scheduled(identity = "price-import", every = "${los.consumption.price-source.every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.url().isPresent()) {
            importAround(OsloCalendar.today());
        }
    }

    /** Imports the prices of {@code today} and the day after that are not stored yet; returns how many days it stored. */
    public int importAround(LocalDate today) {
        int stored = 0;
        for (PriceArea area : PriceArea.values()) {
            for (LocalDate day : new LocalDate[] { today, today.plusDays(1) }) {
                if (prices.hasDay(area, day)) {
                    continue;
                }
                try {
                    var published = source.dayAhead(area, day);
                    if (published.isPresent()) {
                        prices.store(published.get(), SOURCE);
                        stored++;
                    }
                } catch (PriceSourceUnavailable e) {
                    LOG.warnf("Prices of %s for %s not imported: %s; the next run asks again", area, day, e.getMessage());
                }
            }
        }
        if (stored > 0) {
            LOG.infof("Imported the day-ahead prices of %d area days", stored);
        }
        return stored;
    }
}
