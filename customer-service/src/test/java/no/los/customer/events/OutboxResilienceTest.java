package no.los.customer.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.platform.events.EventTopic;
import no.los.platform.test.KafkaBroker;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * The outbox promise: a state change commits whether or not Kafka is there, and its event reaches
 * the topic once the broker is back — never lost, and only once as an idempotent reader counts it.
 */
@QuarkusTest
class OutboxResilienceTest {

    @AfterEach
    void brokerIsBack() {
        KafkaBroker.shared().start();
    }

    @Test
    void anEventCommittedWhileTheBrokerIsDownIsPublishedWhenItReturns() throws Exception {
        KafkaBroker.shared().stop();

        String customerId = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ola Testesen", "nationalIdNumber", SyntheticIdentities.nationalIdNumber(),
                        "email", "ola.testesen@example.no", "phone", "+47 400 00 001",
                        "address", Map.of("street", "Testveien 2", "postalCode", "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(201)
                .extract().path("id");

        Thread.sleep(1_000); // give the relay a few rounds against the absent broker
        assertEquals(1, outboxRows(customerId, "published_at is null"), "the event waits in the outbox");

        KafkaBroker.shared().start();

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(EventTopic.CUSTOMER.topicName(),
                Duration.ofSeconds(60), read -> read.stream().anyMatch(r -> customerId.equals(r.key())));
        long distinctEvents = records.stream()
                .filter(r -> customerId.equals(r.key()))
                .map(r -> TopicRecords.header(r, "ce_id"))
                .distinct()
                .count();
        assertEquals(1, distinctEvents, "exactly one event, as an idempotent consumer counts by ce_id");
        awaitPublishedMark(customerId);
    }

    private static void awaitPublishedMark(String customerId) throws Exception {
        for (int i = 0; i < 100 && outboxRows(customerId, "published_at is not null") == 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(1, outboxRows(customerId, "published_at is not null"), "the row is marked once acknowledged");
    }

    private static int outboxRows(String customerId, String condition) throws SQLException {
        try (Connection db = DriverManager.getConnection(TestDatabase.url("customer_test"), TestDatabase.USER,
                TestDatabase.PASSWORD);
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from outbox_event where record_key = ? and " + condition)) {
            query.setString(1, UUID.fromString(customerId).toString());
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
