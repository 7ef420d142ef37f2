package no.los.consumption.privacy;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.los.consumption.repository.HourlyReadingRepository;
import no.los.consumption.repository.HourlyReadingRepository.MeteredHour;

/**
 * The person's hourly consumption in the Green Button format (Art. 20: a commonly used,
 * machine-readable format that other energy tools import). One query reads every metering point of
 * the customer with its readings, ordered by point and hour, through a database cursor; each row goes
 * straight into the {@link GreenButtonFeed}. No query per point or per reading, and no year of
 * readings in memory.
 */
@ApplicationScoped
public class GreenButtonExport {

    @Inject
    HourlyReadingRepository readings;

    /** Writes the customer's feed; a customer we know nothing of gets a feed without usage points. */
    @Transactional
    public void write(UUID customerId, OutputStream output) {
        GreenButtonFeed feed = GreenButtonFeed.start(output, customerId, OffsetDateTime.now());
        try (Stream<MeteredHour> rows = readings.streamPerMeteringPointOf(customerId)) {
            String meteringPointId = null;
            for (Iterator<MeteredHour> next = rows.iterator(); next.hasNext();) {
                MeteredHour row = next.next();
                if (!row.meteringPointId().equals(meteringPointId)) {
                    meteringPointId = row.meteringPointId();
                    feed.usagePoint(meteringPointId);
                }
                if (row.startsAt() != null) {
                    feed.reading(row.startsAt(), row.kwh());
                }
            }
        }
        feed.finish();
    }
}
