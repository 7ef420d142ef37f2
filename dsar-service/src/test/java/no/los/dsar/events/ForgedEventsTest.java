package no.los.dsar.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import no.los.dsar.ConsumedEvents;
import no.los.dsar.ErasureConfirmed;
import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.ManagementInterface;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * dsar-service trusts who confirmed an erasure by the topic it came on, never by what the event says:
 * an event on a topic whose owner did not write it, or whose key, subject and payload name different
 * people, is parked as forged, counted, and changes nothing.
 */
@QuarkusTest
class ForgedEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource database;

    @Test
    void aConfirmationWrittenOnATopicByAnotherThanItsOwnerIsParkedAsForged() {
        UUID customer = UUID.randomUUID();
        // consent-service's name and source, on customer-service's topic
        ProducerRecord<String, byte[]> forged = TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(),
                UUID.randomUUID().toString(), "/los/consent-service", "no.los.erasure.confirmed.v1", customer.toString(),
                ErasureConfirmed.on(EventTopic.CONSENT, customer, "CONSENT_WITHDRAWN").deleted("consent-record", 1).data());

        String reason = parkedReasonOf(forged);

        assertTrue(reason.startsWith("forged: ce_source is not /los/customer-service"), reason);
        assertEquals(List.of(), receiptServicesOf(customer));
    }

    @Test
    void aConfirmationWhoseKeyNamesAnotherCustomerIsParkedAsForged() {
        UUID customer = UUID.randomUUID();
        ProducerRecord<String, byte[]> record = ErasureConfirmed.on(EventTopic.CONSENT, customer, "CONSENT_WITHDRAWN")
                .deleted("consent-record", 1).record();
        ProducerRecord<String, byte[]> rekeyed = new ProducerRecord<>(record.topic(), null, UUID.randomUUID().toString(),
                record.value(), record.headers());

        String reason = parkedReasonOf(rekeyed);

        assertEquals("forged: the record key and ce_subject differ", reason);
        assertEquals(List.of(), receiptServicesOf(customer));
    }

    @Test
    void aConfirmationWhosePayloadNamesAnotherCustomerIsParkedAsForged() {
        UUID customer = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ProducerRecord<String, byte[]> record = TopicRecords.cloudEvent(EventTopic.CONSENT.topicName(),
                UUID.randomUUID().toString(), EventTopic.CONSENT.source(), "no.los.erasure.confirmed.v1",
                customer.toString(),
                ErasureConfirmed.on(EventTopic.CONSENT, other, "CONSENT_WITHDRAWN").deleted("consent-record", 1).data());

        String reason = parkedReasonOf(record);

        assertEquals("forged: the payload's customerId and ce_subject differ", reason);
        assertEquals(List.of(), receiptServicesOf(customer));
        assertEquals(List.of(), receiptServicesOf(other));
        String metrics = given().get(ManagementInterface.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("los_events_forged_total{")
                && line.contains("topic=\"los.consent.events\"")), "forged events are counted per topic");
    }

    private String parkedReasonOf(ProducerRecord<String, byte[]> record) {
        String eventId = TopicRecords.header(record, "ce_id");
        TopicRecords.send(record);
        ConsumedEvents inbox = new ConsumedEvents(database);
        Await.until("the event is parked", PATIENCE, () -> inbox.parkedReason(eventId).isPresent());
        return inbox.parkedReason(eventId).orElseThrow();
    }

    private static List<String> receiptServicesOf(UUID customer) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/customers/" + customer + "/erasure-receipts")
                .then().statusCode(200).extract().jsonPath().getList("items.service", String.class);
    }
}
