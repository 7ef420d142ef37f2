package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.restassured.http.ContentType;

import no.los.platform.test.TestTokens;

import static io.restassured.RestAssured.given;

/**
 * No personal data on any topic and in no service log: every record the suite has produced so far
 * (keys, headers, values) and every line the five services wrote are searched for every planted
 * person's name, e-mail address, phone number, street address and national ID number. Runs last, so
 * it sees everything the other classes made happen.
 */
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicPrivacyTest {

    private Suite suite;

    @BeforeAll
    void plantAPersonThroughEveryKindOfChange() {
        suite = Suite.started();
        SuiteClient client = new SuiteClient(suite);
        PlantedPerson person = PlantedPerson.fresh();
        SuiteClient.Enrolled customer = client.enrol(person);
        client.giveConsent(customer.customerId(), "NEWSLETTER_EMAIL");
        client.subscribeNewsletter(customer.customerId(), person.email());
        PlantedPerson corrected = PlantedPerson.fresh();
        given().baseUri(suite.baseUri(SuiteService.CUSTOMER)).auth().oauth2(TestTokens.withRoles("agent"))
                .contentType(ContentType.JSON)
                .body(Map.of("phone", corrected.phone(), "email", corrected.email(),
                        "postalAddress", Map.of("street", corrected.street(), "postalCode", "0150", "city", "Oslo")))
                .patch("/customers/{id}", customer.customerId())
                .then().statusCode(200);
        client.terminate(customer, SuiteClient.today()).then().statusCode(200);
        client.awaitReceipts(customer.customerId(), "RELATIONSHIP_ENDED", Duration.ofSeconds(60),
                "customer-service", "consent-service", "consumption-service", "marketing-service");
        client.requestErasure(customer.customerId());
        new SuiteTopics(suite).awaitEveryServiceCaughtUp(Duration.ofSeconds(60));
    }

    @Test
    void noTopicCarriesAnyPlantedPersonalValue() {
        List<ConsumerRecord<String, byte[]>> records = new SuiteTopics(suite).everyRecord();
        assertTrue(records.size() > 20, "the scan read the suite's events: " + records.size());
        List<String> leaks = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            StringBuilder text = new StringBuilder(String.valueOf(record.key())).append('\n');
            for (Header header : record.headers()) {
                text.append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8)).append('\n');
            }
            text.append(new String(record.value(), StandardCharsets.UTF_8));
            String haystack = text.toString().toLowerCase(Locale.ROOT);
            for (PlantedPerson person : PlantedPerson.all()) {
                for (String value : person.personalValues()) {
                    if (haystack.contains(value.toLowerCase(Locale.ROOT))) {
                        leaks.add(record.topic() + "@" + record.offset());
                    }
                }
            }
        }
        assertTrue(PlantedPerson.all().size() >= 2, "people were planted");
        assertTrue(leaks.isEmpty(), "records carrying planted personal data: " + leaks);
    }

    @Test
    void noServiceLogCarriesAnyPlantedPersonalValue() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            String log = Files.readString(suite.process(service).log()).toLowerCase(Locale.ROOT);
            assertTrue(log.contains("started in"), service.serviceName() + " wrote its log");
            for (PlantedPerson person : PlantedPerson.all()) {
                person.personalValues().stream()
                        .filter(value -> log.contains(value.toLowerCase(Locale.ROOT)))
                        .forEach(value -> leaks.add(service.serviceName()));
            }
        }
        assertTrue(leaks.isEmpty(), "logs carrying planted personal data: " + leaks);
    }
}
