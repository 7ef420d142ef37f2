package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.customer.TestCustomers;
import no.los.customer.privacy.ExpiredRecordsSweep;
import no.los.platform.events.EventTopic;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;
import no.los.platform.time.OsloCalendar;

/**
 * R13: e-mail, phone, Facebook, letter and in-person contacts that are part of handling a case are
 * logged per customer, by the agent, under a case; corrected on request; kept for three years after
 * the case closes, then deleted by the sweep.
 */
@QuarkusTest
class InteractionLogTest {

    private static final LocalDate TODAY = OsloCalendar.today();

    @Inject
    ExpiredRecordsSweep sweep;

    @Test
    void anAgentRecordsAContactUnderItsCaseAndItIsInTheLogAndTheAccessPart() {
        String customer = TestCustomers.registered();
        String subject = "agent-" + UUID.randomUUID();
        OffsetDateTime occurredAt = OffsetDateTime.now().minusMinutes(20).truncatedTo(ChronoUnit.SECONDS);

        String id = record(TestTokens.staff(subject, "agent"), customer, contact("FACEBOOK", "INBOUND", occurredAt,
                "SAK-2026-000123", "Kunden klager på fakturaen for november.", List.of("doc:2026/12/skjermbilde-1")))
                .then().statusCode(201)
                .body("customerId", equalTo(customer))
                .body("channel", equalTo("FACEBOOK"))
                .body("direction", equalTo("INBOUND"))
                .body("caseReference", equalTo("SAK-2026-000123"))
                .body("agent", equalTo(subject))
                .body("attachments.reference", equalTo(List.of("doc:2026/12/skjermbilde-1")))
                .body("caseClosedOn", nullValue())
                .body("keptUntil", nullValue())
                .extract().path("id");
        record(AGENT, customer, contact("PHONE", "OUTBOUND", occurredAt.plusMinutes(10), "SAK-2026-000123",
                "Ringte tilbake og forklarte nettleien.", List.of())).then().statusCode(201);

        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/customers/" + customer + "/interactions")
                .then().statusCode(200)
                .body("items.channel", equalTo(List.of("PHONE", "FACEBOOK")))
                .body("items[1].id", equalTo(id));

        JsonPath part = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + customer + "/access").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = part.getList("categories.find { it.category.name == 'interaction-log' }.records");
        assertEquals(2, rows.size());
        assertEquals("Kunden klager på fakturaen for november.", rows.get(1).get("summary"));
        assertEquals("doc:2026/12/skjermbilde-1", rows.get(1).get("attachments"));
        ServiceLog.assertMentionsNoneOf("Kunden klager på fakturaen");
        List<ConsumerRecord<String, byte[]>> events = TopicRecords.readUntil(EventTopic.CUSTOMER.topicName(),
                Duration.ofSeconds(30), read -> read.stream().anyMatch(record -> customer.equals(record.key())));
        assertTrue(events.stream().noneMatch(record -> TopicRecords.value(record).contains("fakturaen for november")),
                "no summary on the bus");
    }

    @Test
    void badInteractionsAreProblemsNamingTheFieldAndNothingIsStored() {
        String customer = TestCustomers.registered();
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Map<String, Object>> refused = new HashMap<>();
        refused.put("channel", without(contact("PHONE", "INBOUND", now, "SAK-1", "Hei", List.of()), "channel"));
        refused.put("caseReference", contact("PHONE", "INBOUND", now, "SAK 1/2026", "Hei", List.of()));
        refused.put("occurredAt", contact("PHONE", "INBOUND", now.plusHours(1), "SAK-1", "Hei", List.of()));
        refused.put("summary", contact("PHONE", "INBOUND", now, "SAK-1", " ", List.of()));
        refused.put("attachments", contact("PHONE", "INBOUND", now, "SAK-1", "Hei", Collections.nCopies(11, "doc:1")));
        refused.forEach((field, body) -> record(AGENT, customer, body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString(field)));
        record(AGENT, customer, contact("PHONE", "INBOUND", now, "SAK-1", "Hei", List.of("<script>")))
                .then().statusCode(400).body("errors[0].field", containsString("attachments"));
        record(AGENT, UUID.randomUUID().toString(), contact("PHONE", "INBOUND", now, "SAK-1", "Hei", List.of()))
                .then().statusCode(404);
        assertEquals(0L, TestDatabase.number("customer_test", "select count(*) from interaction where customer_id = ?::uuid",
                customer));
    }

    @Test
    void anInteractionIsRectifiedAndTheRectificationRequestAnswered() {
        String customer = TestCustomers.registered();
        String id = record(AGENT, customer, contact("EMAIL", "INBOUND", OffsetDateTime.now().minusHours(1), "SAK-7",
                "Kunden ber om nytt strømkort.", List.of())).then().statusCode(201).extract().path("id");
        String requestId = UUID.randomUUID().toString();

        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("summary", "Kunden ber om ny faktura, ikke strømkort.", "requestId", requestId))
                .patch("/customers/" + customer + "/interactions/" + id)
                .then().statusCode(200)
                .body("summary", equalTo("Kunden ber om ny faktura, ikke strømkort."))
                .body("channel", equalTo("EMAIL"))
                .body("rectifiedAt", notNullValue());
        assertEquals(1L, TestDatabase.number("customer_test", "select count(*) from outbox_event where record_key = ? "
                + "and type = 'no.los.rights.answered.v1' and payload ->> 'requestId' = ? "
                + "and payload ->> 'categories' like '%interaction-log%'", customer, requestId));

        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of())
                .patch("/customers/" + customer + "/interactions/" + id)
                .then().statusCode(400).body("errors.field", equalTo(List.of("body")));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("summary", "Annet"))
                .patch("/customers/" + TestCustomers.registered() + "/interactions/" + id)
                .then().statusCode(404);
    }

    @Test
    void aClosedCaseIsKeptThreeYearsAndDeletedTheDayAfterWhileAnOpenOneStays() {
        String customer = TestCustomers.registered();
        record(AGENT, customer, contact("LETTER", "INBOUND", OffsetDateTime.now().minusDays(2), "SAK-CLOSED", "Brev",
                List.of())).then().statusCode(201);
        record(AGENT, customer, contact("IN_PERSON", "INBOUND", OffsetDateTime.now().minusDays(1), "SAK-OPEN", "Møte",
                List.of())).then().statusCode(201);

        LocalDate keptUntil = TODAY.plusDays(1095);
        closeCase(customer, "SAK-CLOSED").then().statusCode(200)
                .body("closedOn", equalTo(TODAY.toString()))
                .body("keptUntil", equalTo(keptUntil.toString()));
        closeCase(customer, "SAK-CLOSED").then().statusCode(409);
        closeCase(customer, "SAK-NONE").then().statusCode(404);

        sweep.sweep(keptUntil);
        assertEquals(2L, interactionsOf(customer), "kept through its last day");
        sweep.sweep(keptUntil.plusDays(1));
        assertEquals(1L, interactionsOf(customer), "gone the day after; the open case stays");
        given().auth().oauth2(AGENT).get("/customers/" + customer + "/interactions")
                .then().body("items.caseReference", equalTo(List.of("SAK-OPEN")));
    }

    @Test
    void aNewContactReopensAClosedCase() {
        String customer = TestCustomers.registered();
        record(AGENT, customer, contact("PHONE", "INBOUND", OffsetDateTime.now().minusDays(3), "SAK-9", "Først",
                List.of())).then().statusCode(201);
        closeCase(customer, "SAK-9").then().statusCode(200);

        record(AGENT, customer, contact("PHONE", "INBOUND", OffsetDateTime.now(), "SAK-9", "Igjen", List.of()))
                .then().statusCode(201)
                .body("caseClosedOn", nullValue())
                .body("keptUntil", nullValue());
        sweep.sweep(TODAY.plusDays(5000));
        assertEquals(2L, interactionsOf(customer), "an open case is never swept");
    }

    @Test
    void onlyStaffWhoHandleCasesRecordThem() {
        String customer = TestCustomers.registered();
        Map<String, Object> body = contact("PHONE", "INBOUND", OffsetDateTime.now(), "SAK-1", "Hei", List.of());
        record(TestTokens.withRoles("marketing"), customer, body).then().statusCode(403);
        record(TestTokens.customer(UUID.fromString(customer)), customer, body).then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("marketing")).get("/customers/" + customer + "/interactions")
                .then().statusCode(403);
        assertTrue(interactionsOf(customer) == 0);
    }

    private static Map<String, Object> contact(String channel, String direction, OffsetDateTime occurredAt,
            String caseReference, String summary, List<String> attachments) {
        return Map.of("channel", channel, "direction", direction, "occurredAt", occurredAt.toString(),
                "caseReference", caseReference, "summary", summary,
                "attachments", attachments.stream().map(reference -> Map.of("reference", reference)).toList());
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> less = new HashMap<>(body);
        less.remove(field);
        return less;
    }

    private static Response record(String token, String customer, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/customers/" + customer + "/interactions");
    }

    private static Response closeCase(String customer, String reference) {
        return given().auth().oauth2(AGENT).post("/customers/" + customer + "/cases/" + reference + "/closure");
    }

    private static long interactionsOf(String customer) {
        return TestDatabase.number("customer_test", "select count(*) from interaction where customer_id = ?::uuid",
                customer);
    }
}
