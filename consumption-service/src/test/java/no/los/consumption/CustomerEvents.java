package no.los.consumption;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import no.los.platform.events.EventTopic;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TopicRecords;

/**
 * customer-service's events, sent to the real broker as its relay would publish them. Each waits
 * until consumption-service has carried the event out, so a test can go on at once.
 */
public final class CustomerEvents {

    private static final String SOURCE = "/los/customer-service";
    private static final String METERING_POINT_ADDED = "no.los.customer.metering-point-added.v1";

    private CustomerEvents() {
    }

    /** A new metering point of the customer; returns its id. */
    public static String meteringPointAdded(UUID customer) {
        String gsrn = SyntheticIdentities.meteringPointId();
        send(METERING_POINT_ADDED, customer, meteringPointAddedData(customer, gsrn, OffsetDateTime.now()));
        ConsumptionDatabase.awaitCount("consumption learnt the metering point", 1,
                "select count(*) from known_metering_point where id = ?", gsrn);
        return gsrn;
    }

    /** The point added for another customer, their tenancy beginning at {@code addedAt}. Does not wait. */
    public static ProducerRecord<String, byte[]> meteringPointAddedFor(UUID customer, String gsrn, OffsetDateTime addedAt) {
        return TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(), UUID.randomUUID().toString(), SOURCE,
                METERING_POINT_ADDED, customer.toString(), meteringPointAddedData(customer, gsrn, addedAt));
    }

    private static String meteringPointAddedData(UUID customer, String gsrn, OffsetDateTime addedAt) {
        return "{\"customerId\":\"%s\",\"meteringPointId\":\"%s\",\"priceArea\":\"NO2\",\"addedAt\":\"%s\"}"
                .formatted(customer, gsrn, addedAt);
    }

    /** A spot contract for the metering point from {@code startsOn}; returns the contract id. */
    public static UUID contractStarted(UUID customer, String gsrn, LocalDate startsOn) {
        UUID contract = UUID.randomUUID();
        send("no.los.customer.contract-started.v1", customer, """
                {"customerId":"%s","contractId":"%s","meteringPointId":"%s","contractType":"SPOT","startsOn":"%s"}"""
                .formatted(customer, contract, gsrn, startsOn));
        ConsumptionDatabase.awaitCount("consumption learnt the contract", 1,
                "select count(*) from supply_contract where id = ?", contract);
        return contract;
    }

    public static void contractTerminated(UUID customer, UUID contract, String gsrn, LocalDate endsOn) {
        send("no.los.customer.contract-terminated.v1", customer, """
                {"customerId":"%s","contractId":"%s","meteringPointId":"%s","endsOn":"%s","terminatedAt":"%s"}"""
                .formatted(customer, contract, gsrn, endsOn, OffsetDateTime.now()));
        ConsumptionDatabase.awaitCount("consumption learnt the termination", 1,
                "select count(*) from supply_contract where id = ? and ends_on = ?", contract, endsOn);
    }

    /** The contract was cancelled before it started, on {@code cancelledOn}. */
    public static void contractCancelled(UUID customer, UUID contract, String gsrn, LocalDate cancelledOn) {
        send("no.los.customer.contract-cancelled.v1", customer, """
                {"customerId":"%s","contractId":"%s","meteringPointId":"%s","cancelledOn":"%s","cancelledAt":"%s"}"""
                .formatted(customer, contract, gsrn, cancelledOn, OffsetDateTime.now()));
        ConsumptionDatabase.awaitCount("consumption learnt the cancellation", 1,
                "select count(*) from supply_contract where id = ? and cancelled_on = ?", contract, cancelledOn);
    }

    /** The relationship ended; returns the event id, the trigger a confirmation names. Does not wait. */
    public static String relationshipEnded(UUID customer, LocalDate endedOn, UUID lastContract) {
        return send("no.los.customer.relationship-ended.v1", customer, """
                {"customerId":"%s","endedOn":"%s","lastContractId":"%s"}""".formatted(customer, endedOn, lastContract));
    }

    private static String send(String type, UUID customer, String data) {
        String eventId = UUID.randomUUID().toString();
        TopicRecords.send(TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(), eventId, SOURCE, type,
                customer.toString(), data));
        return eventId;
    }
}
