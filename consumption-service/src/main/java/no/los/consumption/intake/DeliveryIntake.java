package no.los.consumption.intake;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import no.los.consumption.intake.ReadingStage.Refusals;
import no.los.consumption.intake.ReadingStage.Stored;

/**
 * Receives a whole Elhub delivery — many metering points' days in one streamed upload — at the speed
 * of the database: the lines are copied into the stage as they are read, checked set-wise (unknown
 * points, days no contract of ours covers, a changed resolution), and what is not refused is merged
 * in one transaction. A metering point one of whose days is refused is refused as a whole and
 * reported with its counts and first bad line; the others are stored.
 * <p>
 * A delivery announces nothing on the bus (one event per customer of a daily delivery would be a
 * few hundred thousand) and writes no access-log entry per person: the billing integration's
 * delivery is the data's source, and each metered day records when it last changed.
 */
@ApplicationScoped
public class DeliveryIntake {

    private static final Logger LOG = Logger.getLogger(DeliveryIntake.class);

    @Inject
    AgroalDataSource database;

    @Inject
    ReadingPartitions partitions;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "los.consumption.delivery.max-days", defaultValue = "1000000")
    int maxDays;

    @ConfigProperty(name = "los.consumption.delivery.refusals-reported", defaultValue = "1000")
    int refusalsReported;

    /** What a delivery stored, and what it refused of which metering points. */
    public record Receipt(int lines, Stored stored, Refusals refused) {
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "los.consumption.delivery.transaction-timeout")
    public Receipt receive(InputStream delivery) {
        try (Connection connection = database.getConnection(); ReadingStage stage = ReadingStage.open(connection)) {
            long started = System.nanoTime();
            int lines = ElhubDelivery.read(json.getFactory(), delivery, stage, maxDays);
            stage.seal();
            long staged = System.nanoTime();
            stage.lockForWriting();
            stage.refuseUnknownMeteringPoints();
            stage.resolveOwners();
            stage.refuseChangedResolutions();
            Refusals refused = stage.refuseWholePoints(refusalsReported);
            partitions.ensure(stage.monthsToStore());
            long checked = System.nanoTime();
            Stored stored = stage.merge(OffsetDateTime.now(ZoneOffset.UTC));
            long merged = System.nanoTime();
            LOG.infof("Delivery of %d lines: %d values of %d metering points stored (%d replaced a different value), "
                    + "%d metering points refused; read and staged in %d ms, checked in %d ms, merged in %d ms", lines,
                    stored.values(), stored.meteringPoints(), stored.corrected(), refused.total(),
                    (staged - started) / 1_000_000, (checked - staged) / 1_000_000, (merged - checked) / 1_000_000);
            return new Receipt(lines, stored, refused);
        } catch (SQLException e) {
            throw new ReadingStage.StageFailed("taking a connection", e);
        }
    }
}
