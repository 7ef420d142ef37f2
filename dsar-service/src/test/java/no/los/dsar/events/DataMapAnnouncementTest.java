package no.los.dsar.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.dsar.ConsumedEvents;
import no.los.dsar.DataMapAnnouncement;
import no.los.platform.events.EventTopic;
import no.los.platform.rights.ProcessingPurpose;
import no.los.platform.rights.Processors;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TopicRecords;

/**
 * How dsar-service learns what the other services hold: each announces its data map on its own
 * topic, and dsar-service keeps the latest per service, the source of the records of processing.
 * A late or repeated announcement changes nothing; a service cannot announce another's map.
 * (marketing-service is left to the records-of-processing tests, which show a service that has not announced.)
 */
@QuarkusTest
class DataMapAnnouncementTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource database;

    @Test
    void theLatestMapOfEachServiceIsKept() {
        DataMapAnnouncement first = DataMapAnnouncement.on(EventTopic.CONSUMPTION)
                .category("hourly-readings", "Timeverdier", "Til bokføringsfristen", List.of(Processors.operating("Visualiseringsapp")),
                        ProcessingPurpose.INVOICING)
                .send();
        Await.until("the first map is kept", PATIENCE, () -> stored("consumption-service")
                .filter(map -> map.digest().equals(first.digest())).isPresent());

        DataMapAnnouncement next = DataMapAnnouncement.on(EventTopic.CONSUMPTION)
                .category("hourly-readings", "Timeverdier", "Til bokføringsfristen", List.of(), ProcessingPurpose.INVOICING)
                .category("app-profile", "Appens profil", "Til appen slettes", List.of(), ProcessingPurpose.VISUALISATION_APP)
                .send();
        Await.until("the newer map replaces it", PATIENCE, () -> stored("consumption-service")
                .filter(map -> map.digest().equals(next.digest())).isPresent());

        StoredMap kept = stored("consumption-service").orElseThrow();
        assertEquals(List.of("hourly-readings", "app-profile"), kept.map().getList("categories.name", String.class));
        assertEquals("consumption-service", kept.map().getString("service"));
        assertEquals("Til appen slettes", kept.map().getString("categories.find { it.name == 'app-profile' }.retention.rule"));
        assertTrue(kept.map().getList("tablesWithoutPersonalData.table", String.class).contains("outbox_event"));
    }

    @Test
    void anOlderAnnouncementChangesNothing() {
        DataMapAnnouncement current = DataMapAnnouncement.on(EventTopic.CONSENT)
                .category("consent-records", "Samtykker", "Så lenge de kan bevises", List.of(),
                        ProcessingPurpose.LAWFUL_BASIS_EVIDENCE)
                .send();
        Await.until("the current map is kept", PATIENCE, () -> stored("consent-service")
                .filter(map -> map.digest().equals(current.digest())).isPresent());

        // Published before the current one, delivered after it (a relay that was behind, a replay).
        DataMapAnnouncement older = DataMapAnnouncement.on(EventTopic.CONSENT)
                .category("old-consents", "Gamle samtykker", "Aldri", List.of(), ProcessingPurpose.LAWFUL_BASIS_EVIDENCE)
                .announcedAt(OffsetDateTime.now().minusDays(1))
                .send();
        ConsumedEvents inbox = new ConsumedEvents(database);
        Await.until("the older announcement is handled", PATIENCE, () -> inbox.handled(older.eventId()));

        assertEquals(current.digest(), stored("consent-service").orElseThrow().digest());
        assertEquals(Optional.empty(), inbox.parkedReason(older.eventId()), "late, not poison");
    }

    @Test
    void theSameMapAnnouncedAgainChangesNothing() {
        OffsetDateTime firstTime = OffsetDateTime.now();
        DataMapAnnouncement first = DataMapAnnouncement.on(EventTopic.CUSTOMER)
                .category("contact-details", "Kontaktopplysninger", "Til kundeforholdet slutter", List.of(),
                        ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .announcedAt(firstTime)
                .send();
        Await.until("the map is kept", PATIENCE, () -> stored("customer-service")
                .filter(map -> map.digest().equals(first.digest())).isPresent());

        // The service restarted on the same release and announced once more.
        DataMapAnnouncement again = DataMapAnnouncement.on(EventTopic.CUSTOMER)
                .category("contact-details", "Kontaktopplysninger", "Til kundeforholdet slutter", List.of(),
                        ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .announcedAt(firstTime.plusSeconds(1))
                .send();
        assertEquals(first.digest(), again.digest());
        ConsumedEvents inbox = new ConsumedEvents(database);
        Await.until("the repeat is handled", PATIENCE, () -> inbox.handled(again.eventId()));

        assertEquals(firstTime.toInstant().truncatedTo(ChronoUnit.MILLIS),
                stored("customer-service").orElseThrow().announcedAt().toInstant().truncatedTo(ChronoUnit.MILLIS),
                "the map keeps the time it was first announced");
    }

    @Test
    void aMapInAnotherServicesNameIsParkedAndChangesNothing() {
        Optional<String> consentBefore = stored("consent-service").map(StoredMap::digest);
        DataMapAnnouncement forged = DataMapAnnouncement.on(EventTopic.CUSTOMER)
                .category("consent-records", "Ingen samtykker", "Straks", List.of(), ProcessingPurpose.LAWFUL_BASIS_EVIDENCE)
                .claimingToBe("consent-service")
                .send();
        ConsumedEvents inbox = new ConsumedEvents(database);
        Await.until("the forged map is parked", PATIENCE, () -> inbox.parkedReason(forged.eventId()).isPresent());

        assertTrue(inbox.parkedReason(forged.eventId()).orElseThrow().contains("must be customer-service's"),
                inbox.parkedReason(forged.eventId()).orElseThrow());
        assertEquals(consentBefore, stored("consent-service").map(StoredMap::digest));
    }

    @Test
    void anAnnouncementFromASourceThatOwnsNoneOfTheTopicsIsParked() {
        DataMapAnnouncement stranger = DataMapAnnouncement.on(EventTopic.CUSTOMER)
                .category("contact-details", "Kontaktopplysninger", "Aldri", List.of(), ProcessingPurpose.CUSTOMER_RELATIONSHIP)
                .fromSource("/los/dsar-service")
                .send();
        ConsumedEvents inbox = new ConsumedEvents(database);
        Await.until("the stranger's map is parked", PATIENCE, () -> inbox.parkedReason(stranger.eventId()).isPresent());
        assertFalse(stored("customer-service").map(StoredMap::digest).equals(Optional.of(stranger.digest())));
    }

    @Test
    void somethingThatIsNoDataMapIsParked() {
        DataMapAnnouncement broken = DataMapAnnouncement.on(EventTopic.CONSUMPTION)
                .category("hourly-readings", "Timeverdier", "Aldri", List.of(), ProcessingPurpose.INVOICING)
                .withMapReplacedBy(DataMapAnnouncement.notADataMap())
                .send();
        ConsumedEvents inbox = new ConsumedEvents(database);
        Await.until("the broken map is parked", PATIENCE, () -> inbox.parkedReason(broken.eventId()).isPresent());
        assertEquals("the announced map is no data map", inbox.parkedReason(broken.eventId()).orElseThrow());
    }

    @Test
    void theAnnouncementsTheseTestsSendKeepTheEventCatalogue() {
        DataMapAnnouncement announcement = DataMapAnnouncement.on(EventTopic.CONSUMPTION)
                .category("hourly-readings", "Timeverdier", "Til bokføringsfristen", List.of(Processors.operating("CRM")),
                        ProcessingPurpose.INVOICING)
                .announcedAt(OffsetDateTime.now().minusYears(1));
        TopicRecords.send(announcement.record());
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.CONSUMPTION.topicName(), PATIENCE,
                records -> records.stream().anyMatch(r -> announcement.eventId().equals(TopicRecords.header(r, "ce_id"))));
        ConsumerRecord<String, byte[]> sent = read.stream()
                .filter(r -> announcement.eventId().equals(TopicRecords.header(r, "ce_id"))).findFirst().orElseThrow();
        EventSchemas.assertConforms(sent);
    }

    /** A map as dsar-service keeps it. */
    record StoredMap(String digest, JsonPath map, OffsetDateTime announcedAt) {
    }

    private Optional<StoredMap> stored(String service) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select digest, cast(data_map as text), announced_at from service_data_map where service = ?")) {
            statement.setString(1, service);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredMap(row.getString(1), JsonPath.from(row.getString(2)),
                        row.getObject(3, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
