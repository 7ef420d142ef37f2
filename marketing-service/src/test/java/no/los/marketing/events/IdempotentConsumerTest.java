package no.los.marketing.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * The consumer's promises, shown on marketing's real handlers: a redelivered event changes nothing,
 * and an event that can never be carried out is parked while the events behind it go on.
 */
@QuarkusTest
class IdempotentConsumerTest {

    @Test
    void aSecondDeliveryOfTheSameEventChangesNothing() {
        UUID customer = UUID.randomUUID();
        String token = TestTokens.customer(customer);
        String consentGiven = UUID.randomUUID().toString();
        ConsentEvents.given(consentGiven, customer, "NEWSLETTER_EMAIL");
        Await.until("the consent arrived", Duration.ofSeconds(30), () -> subscribe(token) == 200);
        ConsentEvents.withdrawn(UUID.randomUUID().toString(), customer, "NEWSLETTER_EMAIL");
        Await.until("the withdrawal was carried out", Duration.ofSeconds(30), () -> Handled.count(customer) == 2);

        // The broker delivers the old "given" event again (a producer retry, a replay after a crash).
        ConsentEvents.given(consentGiven, customer, "NEWSLETTER_EMAIL");
        String marker = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(marker, customer, "MARKETING_SMS"); // same key, so same partition, behind it
        Await.until("the events behind the duplicate were handled", Duration.ofSeconds(30),
                () -> Handled.withId(marker) == 1);

        assertEquals(409, subscribe(token), "the replayed consent did not come back to life");
    }

    @Test
    void aPoisonEventIsParkedAndTheConsumerKeepsGoing() {
        String topic = EventTopic.CONSENT.topicName();
        UUID poisoned = UUID.randomUUID();
        // Not a CloudEvent at all: no headers.
        int partition = TopicRecords.send(new ProducerRecord<>(topic, poisoned.toString(),
                "{}".getBytes(StandardCharsets.UTF_8))).partition();
        // A CloudEvent whose data is not JSON.
        TopicRecords.send(TopicRecords.cloudEvent(topic, UUID.randomUUID().toString(), ConsentEvents.SOURCE,
                "no.los.consent.given.v1", poisoned.toString(), "this is not json"));
        // A newsletter consent without its notice version breaks the event's contract.
        TopicRecords.send(TopicRecords.cloudEvent(topic, UUID.randomUUID().toString(), ConsentEvents.SOURCE,
                "no.los.consent.given.v1", poisoned.toString(),
                "{\"customerId\":\"" + poisoned + "\",\"purpose\":\"NEWSLETTER_EMAIL\"}"));

        // Another customer's event, in the same partition right behind the poison.
        UUID healthy = UUID.randomUUID();
        TopicRecords.send(TopicRecords.onPartition(ConsentEvents.givenRecord(UUID.randomUUID().toString(), healthy,
                "NEWSLETTER_EMAIL"), partition));

        Await.until("the event behind the poison is carried out", Duration.ofSeconds(30),
                () -> subscribe(TestTokens.customer(healthy)) == 200);
        assertEquals(1, Handled.parkedFor(poisoned, "not a CloudEvent: header ce_id is missing"));
        assertEquals(1, Handled.parkedFor(poisoned, "event data is not JSON"));
        assertEquals(1, Handled.parkedFor(poisoned, "consent given without customerId, noticeVersion or givenAt"));
        assertEquals(409, subscribe(TestTokens.customer(poisoned)), "nothing of the poison took effect");
    }

    @Test
    void aTriggerDeliveredTwiceIsConfirmedExactlyOnce() {
        UUID customer = UUID.randomUUID();
        Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());
        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL");
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL"); // the broker delivers it again
        // A later trigger about the same customer, in the same partition behind both deliveries.
        String ended = UUID.randomUUID().toString();
        TriggerEvents.relationshipEnded(ended, customer);

        List<JsonPath> confirmations = Confirmations.allUpTo(customer, ended);
        assertEquals(1, confirmations.stream().filter(c -> withdrawal.equals(c.getString("triggerEventId"))).count(),
                "one confirmation of the withdrawal on the topic");
        assertEquals(2, Confirmations.written(customer), "one for the withdrawal, one for the end of the relationship");
        JsonPath afterwards = confirmations.get(confirmations.size() - 1);
        assertEquals(0, Confirmations.deleted(afterwards, "newsletter-address"), "the address went with the withdrawal");
    }

    private static int subscribe(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("email", Newsletter.uniqueAddress()))
                .put("/me/newsletter-subscription").statusCode();
    }
}
