package no.los.consent.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.consent.ConsentDatabase;
import no.los.platform.events.EventTopic;
import no.los.platform.test.Await;
import no.los.platform.test.DataMapContract;
import no.los.platform.test.EventSchemas;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * consent-service's part in the rights of the data subject: the data map the privacy officer reads,
 * the person's whole ledger and objections for an access report, the ledger and objections as a
 * portable export, and the answer to an access request, all through the platform's rights contract.
 */
@QuarkusTest
class ConsentRightsTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String ANSWERED = "no.los.rights.answered.v1";
    private static final List<String> CATEGORIES = List.of("consent-ledger", "objections", "objection-grounds",
            "ended-relationship");

    @Inject
    AgroalDataSource database;

    @Test
    void theDataMapAccountsForEveryTableAndIsServedToThePrivacyOfficerAndAdmins() {
        JsonPath map = given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/data-map")
                .then().statusCode(200).extract().jsonPath();

        DataMapContract.assertCoversTheSchema(map, database);
        assertEquals("consent-service", map.getString("service"));
        assertEquals(DataMapContract.withKnownCustomerAndPlatformCategories(CATEGORIES), map.getList("categories.name"), "the names the erasure confirmations use");
        assertEquals(List.of("consent-ledger", "objections"), map.getList("categories.findAll { it.portable }.name"));

        String ledger = "categories.find { it.name == 'consent-ledger' }";
        assertEquals(List.of("consent_entry"), map.getList(ledger + ".tables"));
        assertEquals("LEGAL_OBLIGATION", map.getString(ledger + ".legalBasis"), "Art. 7(1): the duty to demonstrate");
        assertTrue(map.getList(ledger + ".purposes").contains("LAWFUL_BASIS_EVIDENCE"));
        assertEquals("DATA_SUBJECT", map.getString(ledger + ".source"));
        assertEquals(List.of("consumption-service", "marketing-service", "dsar-service", "Evry Norge AS", "Enoro AS",
                "Compello AS"), map.getList(ledger + ".recipients.name"));
        assertEquals(List.of("APPEND_ONLY", "PSEUDONYMOUS_ID", "ROLE_BASED_ACCESS", "OWN_DATA_ONLY"),
                map.getList(ledger + ".safeguards"));
        assertTrue(map.getString(ledger + ".retention.rule").contains("3 år etter at kundeforholdet tok slutt"),
                "the configured evidence period, in Norwegian");
        assertTrue(map.getString(ledger + ".retention.enforcedBy").contains("los.consent.evidence-years"));
        assertTrue(map.getString(ledger + ".retention.enforcedBy").contains("los.consent.evidence-expiry.cron"));

        String objections = "categories.find { it.name == 'objections' }";
        assertEquals(List.of("objection"), map.getList(objections + ".tables"));
        assertEquals(List.of("marketing-service", "consumption-service", "customer-service", "dsar-service",
                "Evry Norge AS", "Enoro AS", "Compello AS"), map.getList(objections + ".recipients.name"));
        assertEquals("DERIVED", map.getString("categories.find { it.name == 'ended-relationship' }.source"),
                "learnt from customer-service's event");

        given().auth().oauth2(TestTokens.withRoles("admin")).get("/data-map").then().statusCode(200);
        for (String role : List.of("agent", "marketing")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/data-map").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/data-map").then().statusCode(403);
    }

    @Test
    void theAccessPartHoldsTheWholeLedgerTheObjectionsAndTheEndedRelationshipOfThePersonAndNobodyElse() {
        Planted person = plant();
        Planted somebodyElse = plant();
        LocalDate endedOn = LocalDate.now(OSLO).minusDays(20);
        TopicRecords.send(TriggerEvents.relationshipEnded(UUID.randomUUID().toString(), person.customer(), endedOn));
        Await.until("the end of the relationship was recorded", Duration.ofSeconds(30),
                () -> ConsentDatabase.endedRelationships(person.customer()) == 1);

        String body = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + person.customer() + "/access")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        JsonPath part = JsonPath.from(body);

        assertEquals("consent-service", part.getString("service"));
        assertEquals(person.customer().toString(), part.getString("customerId"));
        assertEquals(DataMapContract.withKnownCustomerAndPlatformCategories(CATEGORIES), part.getList("categories.category.name"), "every category, with its metadata");
        for (String name : CATEGORIES) {
            String category = "categories.find { it.category.name == '" + name + "' }.category";
            assertFalse(part.getString(category + ".title").isBlank());
            assertNotNull(part.getString(category + ".legalBasis"));
            assertFalse(part.getString(category + ".retention.rule").isBlank());
            assertFalse(part.getList(category + ".recipients").isEmpty());
        }

        List<Map<String, Object>> ledger = records(part, "consent-ledger");
        assertEquals(4, ledger.size(), "two given, one withdrawn by an agent, one by the objection");
        assertEquals(List.of("purpose", "action", "channel", "noticeVersion", "evidence", "recordedAt"),
                List.copyOf(ledger.get(0).keySet()));
        assertEquals(Map.of("purpose", "NEWSLETTER_EMAIL", "action", "GIVEN", "channel", "MIN_SIDE",
                "noticeVersion", "2024-01", "evidence", person.evidence()), withoutTime(ledger.get(0)));
        Map<String, Object> agentWithdrawal = lineWith(ledger, "VISUALISATION_APP", "WITHDRAWN");
        assertEquals("EMAIL", agentWithdrawal.get("channel"));
        assertEquals(person.agentEvidence(), agentWithdrawal.get("evidence"));
        assertEquals("Ended by direct-marketing objection " + person.directMarketingObjection(),
                lineWith(ledger, "NEWSLETTER_EMAIL", "WITHDRAWN").get("evidence"));
        ledger.forEach(line -> assertNotNull(line.get("recordedAt")));
        assertEquals(List.of("registeredAt"), List.copyOf(records(part, "known-customer").get(0).keySet()),
                "that the service knows them as a customer, and since when");

        List<Map<String, Object>> objections = records(part, "objections");
        assertEquals(List.of("DIRECT_MARKETING", "SURVEYS"), objections.stream().map(o -> o.get("scope")).sorted().toList());
        Map<String, Object> surveys = objections.stream().filter(o -> "SURVEYS".equals(o.get("scope"))).findFirst()
                .orElseThrow();
        assertEquals("PENDING", surveys.get("status"));
        assertEquals(person.grounds(), surveys.get("grounds"));
        Map<String, Object> directMarketing = objections.stream()
                .filter(o -> "DIRECT_MARKETING".equals(o.get("scope"))).findFirst().orElseThrow();
        assertEquals(person.directMarketingObjection(), directMarketing.get("id"));
        assertEquals("UPHELD", directMarketing.get("status"));
        assertNotNull(directMarketing.get("decidedAt"));
        assertTrue(((String) directMarketing.get("decisionReason")).contains("Art. 21(3)"));

        assertEquals(List.of(Map.of("objectionId", surveys.get("id"), "scope", "SURVEYS", "grounds", person.grounds())),
                records(part, "objection-grounds"));
        List<Map<String, Object>> ended = records(part, "ended-relationship");
        assertEquals(1, ended.size());
        assertEquals(endedOn.toString(), ended.get(0).get("endedOn"));
        assertEquals(endedOn.plusYears(3).toString(), ended.get(0).get("evidenceKeptUntil"));

        for (String theirs : List.of(somebodyElse.customer().toString(), somebodyElse.evidence(),
                somebodyElse.agentEvidence(), somebodyElse.grounds(), somebodyElse.directMarketingObjection())) {
            assertFalse(body.contains(theirs), "nothing of another customer");
        }
    }

    @Test
    void onlyTheRightsCollectorFetchesAPersonsPart() {
        UUID customer = UUID.randomUUID();
        for (String path : List.of("/access", "/portable")) {
            given().auth().oauth2(TestTokens.withRoles("rights-collector")).get("/rights/customers/" + customer + path)
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.customer(customer)).get("/rights/customers/" + customer + path)
                    .then().statusCode(403);
        }
    }

    @Test
    void thePortableExportStreamsTheLedgerAndTheObjectionsAsNdjson() {
        Planted person = plant();
        Planted somebodyElse = plant();

        String ndjson = given().auth().oauth2(TestTokens.rightsCollector()).accept("application/x-ndjson")
                .get("/rights/customers/" + person.customer() + "/portable")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        Map<String, List<Map<String, Object>>> export = byCategory(ndjson);

        assertEquals(List.of("consent-ledger", "objections"), List.copyOf(export.keySet()),
                "only what the person gave, category by category");
        List<Map<String, Object>> ledger = export.get("consent-ledger");
        assertEquals(4, ledger.size());
        ledger.forEach(line -> assertEquals(List.of("purpose", "action", "channel", "noticeVersion", "evidence",
                "recordedAt"), List.copyOf(line.keySet()), "the same columns on every line"));
        assertEquals(person.evidence(), lineWith(ledger, "NEWSLETTER_EMAIL", "GIVEN").get("evidence"));
        assertEquals(person.agentEvidence(), lineWith(ledger, "VISUALISATION_APP", "WITHDRAWN").get("evidence"));
        List<Map<String, Object>> objections = export.get("objections");
        assertEquals(2, objections.size());
        objections.forEach(objection -> assertEquals(List.copyOf(objections.get(0).keySet()),
                List.copyOf(objection.keySet())));
        assertTrue(objections.stream().anyMatch(o -> person.grounds().equals(o.get("grounds"))));
        for (String theirs : List.of(somebodyElse.evidence(), somebodyElse.agentEvidence(), somebodyElse.grounds(),
                somebodyElse.directMarketingObjection())) {
            assertFalse(ndjson.contains(theirs), "nothing of another customer");
        }
    }

    @Test
    void anAccessRequestIsAnsweredOnceWithIdsAndCategoryNamesOnly() {
        UUID customer = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        ProducerRecord<String, byte[]> request = TriggerEvents.requestReceived(UUID.randomUUID().toString(), customer,
                requestId, "ACCESS");

        int partition = TopicRecords.send(request).partition();
        TopicRecords.send(request); // the broker delivers it again
        String marker = UUID.randomUUID().toString();
        TopicRecords.send(TopicRecords.onPartition(
                TriggerEvents.requestReceived(marker, UUID.randomUUID(), UUID.randomUUID(), "ACCESS"), partition));
        Await.until("the events behind the duplicate were handled", Duration.ofSeconds(30),
                () -> ConsentDatabase.handled(marker) == 1);

        assertEquals(1, ConsentDatabase.outboxEvents(customer, ANSWERED), "one request, one answer");
        assertEquals(0, Confirmations.written(customer), "an access request erases nothing");
        List<ConsumerRecord<String, byte[]>> answers = answersTo(customer);
        assertEquals(1, answers.size());
        EventSchemas.assertConforms(answers.get(0));
        JsonPath answer = JsonPath.from(TopicRecords.value(answers.get(0)));
        assertEquals(Set.of("requestId", "customerId", "service", "requestType", "categories", "answeredAt"),
                answer.getMap("$").keySet(), "ids and category names, never the data");
        assertEquals(requestId.toString(), answer.getString("requestId"));
        assertEquals(customer.toString(), answer.getString("customerId"));
        assertEquals("consent-service", answer.getString("service"));
        assertEquals("ACCESS", answer.getString("requestType"));
        assertEquals(DataMapContract.withKnownCustomerAndPlatformCategories(CATEGORIES), answer.getList("categories"));
    }

    /** What was planted for one customer, to be found in their part and nowhere else. */
    private record Planted(UUID customer, String evidence, String agentEvidence, String grounds,
            String directMarketingObjection) {
    }

    /**
     * A customer who gave two consents, had one withdrawn by an agent after an e-mail, objected to
     * surveys (pending, with grounds) and to direct marketing (which withdrew the newsletter).
     */
    private static Planted plant() {
        UUID customer = ConsentDatabase.knownCustomer();
        String evidence = "Checkbox on Min side " + UUID.randomUUID();
        String agentEvidence = "E-mail to personvern@los.no, case " + UUID.randomUUID();
        String grounds = "Surveys arrive while I care for a relative " + UUID.randomUUID();
        give(customer, "NEWSLETTER_EMAIL", "MIN_SIDE", evidence);
        give(customer, "VISUALISATION_APP", "APP", "Registration in the app");
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "evidence", agentEvidence))
                .post("/customers/" + customer + "/consents/VISUALISATION_APP/withdrawal")
                .then().statusCode(200);
        object(customer, Map.of("scope", "SURVEYS", "channel", "MIN_SIDE", "grounds", grounds));
        String directMarketing = object(customer, Map.of("scope", "DIRECT_MARKETING", "channel", "MIN_SIDE"));
        return new Planted(customer, evidence, agentEvidence, grounds, directMarketing);
    }

    private static void give(UUID customer, String purpose, String channel, String evidence) {
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "noticeVersion", "2024-01", "evidence", evidence))
                .put("/me/consents/" + purpose)
                .then().statusCode(200);
    }

    private static String object(UUID customer, Map<String, String> body) {
        return given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON).body(body)
                .post("/me/objections")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static List<Map<String, Object>> records(JsonPath part, String category) {
        return part.getList("categories.find { it.category.name == '" + category + "' }.records");
    }

    private static Map<String, Object> lineWith(List<Map<String, Object>> ledger, String purpose, String action) {
        return ledger.stream().filter(line -> purpose.equals(line.get("purpose")) && action.equals(line.get("action")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " line for " + purpose));
    }

    private static Map<String, Object> withoutTime(Map<String, Object> line) {
        Map<String, Object> copy = new LinkedHashMap<>(line);
        copy.remove("recordedAt");
        return copy;
    }

    /** The export's lines, grouped under the category line that precedes them, in order. */
    private static Map<String, List<Map<String, Object>>> byCategory(String ndjson) {
        Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
        List<Map<String, Object>> current = null;
        for (String line : ndjson.split("\n")) {
            JsonPath json = JsonPath.from(line);
            if (json.get("category") != null) {
                current = new ArrayList<>();
                assertEquals(null, export.put(json.getString("category"), current), "each category once");
            } else {
                assertNotNull(current, "a record follows its category");
                current.add(json.getMap("record"));
            }
        }
        return export;
    }

    /** The rights answers about the customer on consent-service's topic, read until one arrived. */
    private static List<ConsumerRecord<String, byte[]>> answersTo(UUID customer) {
        return ofCustomer(TopicRecords.readUntil(EventTopic.CONSENT.topicName(), Duration.ofSeconds(30),
                records -> !ofCustomer(records, customer).isEmpty()), customer);
    }

    private static List<ConsumerRecord<String, byte[]>> ofCustomer(List<ConsumerRecord<String, byte[]>> records,
            UUID customer) {
        return records.stream()
                .filter(r -> customer.toString().equals(r.key()))
                .filter(r -> ANSWERED.equals(TopicRecords.header(r, "ce_type")))
                .toList();
    }
}
