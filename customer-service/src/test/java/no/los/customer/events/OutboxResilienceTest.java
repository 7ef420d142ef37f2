package no.los.customer.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.KafkaBroker;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * The outbox promise: state changes commit whether or not Kafka is there, and their events reach
 * the topic once the broker is back — none lost, each taking effect exactly once in an idempotent
 * consumer, also when the broker delivers it a second time.
 */
@QuarkusTest
class OutboxResilienceTest {

    @AfterEach
    void brokerIsBack() {
        KafkaBroker.shared().start();
    }

    @Test
    void eventsCommittedWhileTheBrokerIsDownArePublishedWhenItReturnsAndTakeEffectOnce() throws InterruptedException {
        KafkaBroker.shared().stop();

        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            customers.add(register());
        }
        // Longer than a relay round against an absent broker (the producer waits 5 s for metadata),
        // so at least one round has failed and had its chance to lose the rows.
        Thread.sleep(8_000);
        for (String customer : customers) {
            assertEquals(1L, outboxRows(customer, "published_at is null"), "the event waits in the outbox");
        }

        KafkaBroker.shared().start();

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(EventTopic.CUSTOMER.topicName(),
                Duration.ofSeconds(60), read -> customers.stream().allMatch(c -> ofCustomer(read, c).size() == 1));
        for (String customer : customers) {
            List<ConsumerRecord<String, byte[]>> published = ofCustomer(records, customer);
            assertEquals(1, published.size(), "published once");
            EventSchemas.assertConforms(published.get(0));
            Await.until("the idempotent consumer carried it out", Duration.ofSeconds(30),
                    () -> RegisteredCustomersProbe.effectsFor(customer) == 1);
            Await.until("the row is marked published", Duration.ofSeconds(10),
                    () -> outboxRows(customer, "published_at is not null") == 1L);
        }

        // The broker delivers the first event a second time; then a fresh registration behind it.
        TopicRecords.send(TopicRecords.again(ofCustomer(records, customers.get(0)).get(0)));
        String later = register();
        Await.until("the later event was carried out", Duration.ofSeconds(30),
                () -> RegisteredCustomersProbe.effectsFor(later) == 1);
        assertEquals(1, RegisteredCustomersProbe.effectsFor(customers.get(0)), "the second delivery changed nothing");
    }

    private static String register() {
        return given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ola Testesen", "nationalIdNumber", SyntheticIdentities.nationalIdNumber(),
                        "email", "ola.testesen@example.no", "phone", "+47 400 00 001",
                        "address", Map.of("street", "Testveien 2", "postalCode", "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static List<ConsumerRecord<String, byte[]>> ofCustomer(List<ConsumerRecord<String, byte[]>> records,
            String customer) {
        return records.stream().filter(r -> customer.equals(r.key())).toList();
    }

    private static long outboxRows(String customerId, String condition) {
        return TestDatabase.number("customer_test",
                "select count(*) from outbox_event where record_key = ? and " + condition, customerId);
    }
}
