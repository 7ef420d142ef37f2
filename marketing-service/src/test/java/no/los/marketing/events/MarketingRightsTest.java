package no.los.marketing.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.suppression.SuppressionHashes;
import no.los.platform.events.EventTopic;
import no.los.platform.test.DataMapContract;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * marketing-service's part in the rights of the data subject: the data map it declares, the part of
 * an access report and of an export that dsar-service fetches, and the answer to an access request.
 */
@QuarkusTest
class MarketingRightsTest {

    private static final List<String> CATEGORIES = List.of("newsletter-address", "newsletter-consent",
            "suppression-entry", "bounce-report");
    private static final String ANSWERED = "no.los.rights.answered.v1";
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource database;

    @Inject
    SuppressionHashes hashes;

    @Test
    void theDataMapAccountsForEveryTableOfTheSchema() {
        JsonPath map = dataMap(TestTokens.withRoles("privacy-officer")).then().statusCode(200).extract().jsonPath();

        DataMapContract.assertCoversTheSchema(map, database);
        assertEquals("marketing-service", map.getString("service"));
        assertEquals(DataMapContract.withPlatformCategories(CATEGORIES), map.getList("categories.name"));
        assertEquals(List.of("CONSENT", "CONSENT", "LEGAL_OBLIGATION", "LEGITIMATE_INTEREST", "LEGAL_OBLIGATION",
                "LEGAL_OBLIGATION", "LEGAL_OBLIGATION"), map.getList("categories.legalBasis"), "the address rests on the "
                        + "consent, suppression on Art. 21(3), the restriction mark on Art. 18, the upheld objections on "
                        + "Art. 21, the access log on Art. 32");
        assertEquals(List.of(true, true, false, false, false, false, false), map.getList("categories.portable"),
                "the address the person gave and the consent it rests on travel; derived lines, reports and the log do not");
        assertEquals(List.of("KEYED_HASH", "SEPARATE_STORE"), category(map, "suppression-entry").getList("safeguards"));
    }

    @Test
    void everyCategoryAConfirmationNamesIsInTheDataMap() {
        UUID customer = UUID.randomUUID();
        Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());
        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL");

        JsonPath confirmation = Confirmations.answering(customer, withdrawal);
        List<String> named = new ArrayList<>(confirmation.getList("deleted.category", String.class));
        named.addAll(confirmation.getList("kept.category", String.class));
        assertEquals(List.of("newsletter-address", "newsletter-consent", "suppression-entry"), named);
        assertTrue(CATEGORIES.containsAll(named));
    }

    @Test
    void theDataMapIsServedToThePrivacyOfficerAndAdminsAndRefusedToCustomersAgentsAndMarketing() {
        dataMap(TestTokens.withRoles("privacy-officer")).then().statusCode(200);
        dataMap(TestTokens.withRoles("admin")).then().statusCode(200);
        dataMap(TestTokens.customer(UUID.randomUUID())).then().statusCode(403).contentType(PROBLEM);
        dataMap(TestTokens.withRoles("agent")).then().statusCode(403).contentType(PROBLEM);
        dataMap(TestTokens.withRoles("marketing")).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void theAccessPartOfASubscriberHoldsEveryCategoryWithHerDataAndNothingOfAnotherCustomer() {
        // Kari's first address bounced; she gave a working one, under the consent that stood.
        UUID kari = UUID.randomUUID();
        String bounced = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(kari, bounced);
        String bounceId = Newsletter.bounce(bounced, "HARD").then().statusCode(202).extract().path("bounceId");
        String current = Newsletter.uniqueAddress();
        assertEquals(200, Newsletter.subscribe(kari, current));
        // Ola subscribed too, and objected to direct marketing.
        UUID ola = UUID.randomUUID();
        String olasAddress = Newsletter.uniqueAddress();
        objected(ola, olasAddress);

        Response response = access(kari, TestTokens.rightsCollector());
        JsonPath part = response.then().statusCode(200).extract().jsonPath();

        assertEquals(kari.toString(), part.getString("customerId"));
        assertEquals("marketing-service", part.getString("service"));
        assertEquals(dataMap(TestTokens.withRoles("privacy-officer")).jsonPath().getList("categories"),
                part.getList("categories.category"), "every category of the data map, with its metadata, in its order");
        assertEquals(List.of(current), records(part, "newsletter-address").getList("email"));
        assertEquals(1, records(part, "newsletter-address").getList("subscribedAt").size());
        assertEquals(List.of(Map.of("purpose", "NEWSLETTER_EMAIL", "noticeVersion", "2024-01")),
                records(part, "newsletter-consent")
                        .getList("collect { [purpose: it.purpose, noticeVersion: it.noticeVersion] }"));
        assertEquals(1, records(part, "newsletter-consent").getList("givenAt").size());
        assertEquals(List.of(), records(part, "suppression-entry").getList("$"), "Kari never withdrew nor objected");
        JsonPath bounces = records(part, "bounce-report");
        assertEquals(List.of(bounceId), bounces.getList("bounceId"));
        assertEquals(List.of("HARD"), bounces.getList("kind"));
        assertEquals(OffsetDateTime.parse("2026-11-26T10:00:00+01:00").toInstant(),
                OffsetDateTime.parse(bounces.getString("[0].bouncedAt")).toInstant());

        String body = response.asString();
        for (String olas : List.of(ola.toString(), olasAddress, "DIRECT_MARKETING_OBJECTION")) {
            assertFalse(body.contains(olas), "Kari's part shows nothing of Ola's: " + olas);
        }
    }

    @Test
    void theAccessPartShowsASuppressionLineWithItsReasonAndDateButNeverItsHashes() {
        UUID ola = UUID.randomUUID();
        String olasAddress = Newsletter.uniqueAddress();
        objected(ola, olasAddress);

        Response response = access(ola, TestTokens.rightsCollector());
        JsonPath part = response.then().statusCode(200).extract().jsonPath();

        JsonPath lines = records(part, "suppression-entry");
        assertEquals(List.of("DIRECT_MARKETING_OBJECTION"), lines.getList("reason"));
        assertEquals(List.of(true), lines.getList("coversAddress"), "the line blocks his address too");
        assertEquals(1, lines.getList("since").size());
        assertEquals(List.of("reason", "since", "coversAddress"), fieldsOfTheFirstRecord(response, "suppression-entry"),
                "a line shows its reason and date, nothing else");
        assertEquals(List.of(), records(part, "newsletter-address").getList("$"), "the objection took the address");
        assertEquals(List.of(), records(part, "newsletter-consent").getList("$"));
        assertEquals(List.of(), records(part, "bounce-report").getList("$"));
        String body = response.asString();
        for (byte[] hash : List.of(hashes.ofCustomer(ola), hashes.ofAddress(new NewsletterAddress(olasAddress)))) {
            assertFalse(body.contains(HexFormat.of().formatHex(hash)));
            assertFalse(body.contains(Base64.getEncoder().encodeToString(hash)));
        }
        assertFalse(body.toLowerCase().contains(olasAddress.toLowerCase()));
    }

    @Test
    void onlyTheRightsCollectorMayFetchAPersonsPart() {
        UUID kari = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(kari, email);

        for (String part : List.of("access", "portable")) {
            String path = "/rights/customers/" + kari + "/" + part;
            for (String token : List.of(TestTokens.withRoles("rights-collector"), TestTokens.customer(kari),
                    TestTokens.withRoles("privacy-officer"))) {
                given().auth().oauth2(token).get(path)
                        .then().statusCode(403).contentType(PROBLEM).body(not(containsString(email)));
            }
        }
    }

    @Test
    void thePortableExportStreamsOnlyTheAddressAndTheConsentAsNdjson() {
        UUID kari = UUID.randomUUID();
        String bounced = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(kari, bounced);
        Newsletter.bounce(bounced, "SOFT").then().statusCode(202);
        String current = Newsletter.uniqueAddress();
        assertEquals(200, Newsletter.subscribe(kari, current));

        Response response = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + kari + "/portable");
        response.then().statusCode(200).contentType("application/x-ndjson");

        List<Map<String, Object>> lines = response.asString().lines().map(MarketingRightsTest::parse).toList();
        assertEquals(4, lines.size(), "a category line and one record each: " + lines);
        assertEquals(Map.of("category", "newsletter-address"), lines.get(0));
        Map<String, Object> address = record(lines.get(1));
        assertEquals(List.of("email", "subscribedAt"), new ArrayList<>(address.keySet()));
        assertEquals(current, address.get("email"));
        assertEquals(Map.of("category", "newsletter-consent"), lines.get(2));
        Map<String, Object> consent = record(lines.get(3));
        assertEquals(List.of("purpose", "noticeVersion", "givenAt"), new ArrayList<>(consent.keySet()));
        assertEquals("NEWSLETTER_EMAIL", consent.get("purpose"));
        assertEquals("2024-01", consent.get("noticeVersion"));
        assertFalse(response.asString().contains(bounced),
                "the bounced address is gone, and bounce reports do not travel");
    }

    @Test
    void anAccessRequestIsAnsweredOnceOnTheMarketingTopicWithIdsAndCategoryNamesOnly() {
        UUID kari = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(kari, email);

        UUID request = UUID.randomUUID();
        TriggerEvents.requestReceived(UUID.randomUUID().toString(), request, kari, "ACCESS");

        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(EventTopic.MARKETING.topicName(),
                Duration.ofSeconds(30), records -> !answers(records, kari, request).isEmpty());
        List<ConsumerRecord<String, byte[]>> answers = answers(read, kari, request);
        assertEquals(1, answers.size(), "one answer on the topic");
        EventSchemas.assertConforms(answers.get(0));
        assertEquals(1, TestDatabase.number("marketing_test",
                "select count(*) from outbox_event where type = ? and payload ->> 'requestId' = ?", ANSWERED,
                request.toString()), "one answer written");
        String value = TopicRecords.value(answers.get(0));
        JsonPath answer = JsonPath.from(value);
        assertEquals(kari.toString(), answer.getString("customerId"));
        assertEquals("marketing-service", answer.getString("service"));
        assertEquals("ACCESS", answer.getString("requestType"));
        assertEquals(DataMapContract.withPlatformCategories(CATEGORIES), answer.getList("categories"));
        assertFalse(value.contains(email), "the data itself never travels on the bus");
    }

    private static Response dataMap(String token) {
        return given().auth().oauth2(token).get("/data-map");
    }

    private static Response access(UUID customer, String token) {
        return given().auth().oauth2(token).get("/rights/customers/" + customer + "/access");
    }

    private static JsonPath category(JsonPath map, String name) {
        return JsonPath.from(json(map.getMap("categories.find { it.name == '" + name + "' }")));
    }

    private static JsonPath records(JsonPath part, String name) {
        return JsonPath.from(json(part.getList("categories.find { it.category.name == '" + name + "' }.records")));
    }

    /** Ola subscribed, then objected to direct marketing; returns once marketing has confirmed it. */
    private static void objected(UUID ola, String address) {
        Newsletter.consentAndSubscribe(ola, address);
        String objection = UUID.randomUUID().toString();
        ConsentEvents.objection(objection, ola, "DIRECT_MARKETING");
        Confirmations.answering(ola, objection);
    }

    private static List<ConsumerRecord<String, byte[]>> answers(List<ConsumerRecord<String, byte[]>> records,
            UUID customer, UUID request) {
        return records.stream()
                .filter(record -> customer.toString().equals(record.key()))
                .filter(record -> ANSWERED.equals(TopicRecords.header(record, "ce_type")))
                .filter(record -> request.toString()
                        .equals(JsonPath.from(TopicRecords.value(record)).getString("requestId")))
                .toList();
    }

    /** The field names of a category's first record, in the order the part lists them. */
    private static List<String> fieldsOfTheFirstRecord(Response response, String category) {
        try {
            for (JsonNode filled : JSON.readTree(response.asString()).path("categories")) {
                if (category.equals(filled.path("category").path("name").asText())) {
                    List<String> fields = new ArrayList<>();
                    filled.path("records").path(0).fieldNames().forEachRemaining(fields::add);
                    return fields;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the part has no category " + category);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(Map<String, Object> line) {
        return (Map<String, Object>) line.get("record");
    }

    private static Map<String, Object> parse(String line) {
        try {
            return JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
