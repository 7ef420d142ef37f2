package no.los.platform.test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.events.EventTypes;

/**
 * The rights protocol's events as a service's tests meet them: the requests dsar-service and
 * customer-service publish, sent to the real broker, and the service's own answers, read back from
 * its topic.
 */
public final class RightsEvents {

    private RightsEvents() {
    }

    /** dsar-service's {@code request-received} for a request of this type. */
    public static ProducerRecord<String, byte[]> requestReceived(UUID customer, UUID requestId, String requestType) {
        return requestReceived(UUID.randomUUID().toString(), customer, requestId, requestType);
    }

    /** The same, under a CloudEvents id the test chooses (to deliver it again, or to find it processed). */
    public static ProducerRecord<String, byte[]> requestReceived(String eventId, UUID customer, UUID requestId,
            String requestType) {
        return TopicRecords.cloudEvent(EventTopic.DSAR.topicName(), eventId, "/los/dsar-service",
                EventTypes.DATA_SUBJECT_REQUEST_RECEIVED, customer.toString(), """
                {"requestId":"%s","customerId":"%s","requestType":"%s","receivedAt":"%s","dueOn":"%s"}"""
                        .formatted(requestId, customer, requestType, OffsetDateTime.now(), LocalDate.now().plusDays(30)));
    }

    /** dsar-service's {@code request-received} for an objection request against this scope. */
    public static ProducerRecord<String, byte[]> objectionRequested(UUID customer, UUID requestId, String scope) {
        return TopicRecords.cloudEvent(EventTopic.DSAR.topicName(), UUID.randomUUID().toString(), "/los/dsar-service",
                EventTypes.DATA_SUBJECT_REQUEST_RECEIVED, customer.toString(), """
                {"requestId":"%s","customerId":"%s","requestType":"OBJECTION","receivedAt":"%s","dueOn":"%s",\
                "objectionScope":"%s"}""".formatted(requestId, customer, OffsetDateTime.now(),
                        LocalDate.now().plusDays(30), scope));
    }

    /**
     * consent-service's {@code objection-registered}: the objection was upheld, made by the request (or
     * registered directly, when null).
     */
    public static ProducerRecord<String, byte[]> objectionUpheld(UUID customer, UUID objectionId, String scope,
            UUID requestId) {
        return objectionUpheld(UUID.randomUUID().toString(), customer, objectionId, scope, requestId);
    }

    /** The same, under a CloudEvents id the test chooses (to find it answered, or to deliver it again). */
    public static ProducerRecord<String, byte[]> objectionUpheld(String eventId, UUID customer, UUID objectionId,
            String scope, UUID requestId) {
        return TopicRecords.cloudEvent(EventTopic.CONSENT.topicName(), eventId,
                "/los/consent-service", EventTypes.OBJECTION_REGISTERED, customer.toString(), """
                {"customerId":"%s","objectionId":"%s","scope":"%s","channel":"%s","effectiveAt":"%s","requestId":%s}"""
                        .formatted(customer, objectionId, scope, requestId == null ? "MIN_SIDE" : "PRIVACY_REQUEST",
                                OffsetDateTime.now(), requestId == null ? "null" : "\"" + requestId + "\""));
    }

    /** consent-service's {@code objection-rejected} for the objection the request made. */
    public static ProducerRecord<String, byte[]> objectionRejected(UUID customer, UUID objectionId, String scope,
            UUID requestId) {
        return TopicRecords.cloudEvent(EventTopic.CONSENT.topicName(), UUID.randomUUID().toString(),
                "/los/consent-service", EventTypes.OBJECTION_REJECTED, customer.toString(), """
                {"customerId":"%s","objectionId":"%s","requestId":"%s","scope":"%s","decidedAt":"%s",\
                "decidedBy":"officer-two"}""".formatted(customer, objectionId, requestId, scope, OffsetDateTime.now()));
    }

    /** dsar-service's {@code restriction-lifted} for a restriction request. */
    public static ProducerRecord<String, byte[]> restrictionLifted(UUID customer, UUID requestId) {
        return TopicRecords.cloudEvent(EventTopic.DSAR.topicName(), UUID.randomUUID().toString(), "/los/dsar-service",
                EventTypes.RESTRICTION_LIFTED, customer.toString(), """
                {"requestId":"%s","customerId":"%s","requestType":"RESTRICTION","liftedAt":"%s"}"""
                        .formatted(requestId, customer, OffsetDateTime.now()));
    }

    /** customer-service's {@code rectified} of these fields, asked for by the request (or by none, when null). */
    public static ProducerRecord<String, byte[]> customerRectified(UUID customer, UUID requestId, String... fields) {
        String names = String.join("\",\"", fields);
        return TopicRecords.cloudEvent(EventTopic.CUSTOMER.topicName(), UUID.randomUUID().toString(),
                "/los/customer-service", EventTypes.CUSTOMER_RECTIFIED, customer.toString(), """
                {"customerId":"%s","fields":["%s"],"requestId":%s,"rectifiedAt":"%s"}"""
                        .formatted(customer, names, requestId == null ? "null" : "\"" + requestId + "\"",
                                OffsetDateTime.now()));
    }

    /**
     * The answers of this type ({@code rights.answered} or {@code rights.restriction-lifted}) the service
     * published on its topic to the request, once at least one is there; each conforms to its schema.
     */
    public static List<JsonPath> answers(EventTopic topic, String eventType, UUID customer, UUID requestId) {
        List<ConsumerRecord<String, byte[]>> answers = TopicRecords.readUntil(topic.topicName(), Duration.ofSeconds(30),
                read -> read.stream().anyMatch(record -> answers(record, eventType, customer, requestId)))
                .stream().filter(record -> answers(record, eventType, customer, requestId)).toList();
        answers.forEach(EventSchemas::assertConforms);
        return answers.stream().map(record -> JsonPath.from(TopicRecords.value(record))).toList();
    }

    private static boolean answers(ConsumerRecord<String, byte[]> record, String eventType, UUID customer,
            UUID requestId) {
        return customer.toString().equals(record.key()) && eventType.equals(TopicRecords.header(record, "ce_type"))
                && requestId.toString().equals(JsonPath.from(TopicRecords.value(record)).getString("requestId"));
    }
}
