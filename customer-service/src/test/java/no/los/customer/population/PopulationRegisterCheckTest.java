package no.los.customer.population;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import no.los.customer.WorkLists;
import no.los.customer.service.PopulationCheckJob;
import no.los.customer.service.PopulationChecks;
import no.los.platform.events.EventTopic;
import no.los.platform.test.PopulationRegisterStandIn;
import no.los.platform.test.PopulationRegisterStandIn.Person;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;
import no.los.platform.test.TopicRecords;

/**
 * R6: what a customer gives at registration is checked against the population register, at once
 * and again later. A difference, a death, an emigration or a person the register does not know
 * becomes a work item for an agent, never a change of the record. A protected address is shown to
 * the customer alone. The register being away delays the check; it never blocks the registration
 * and is never lost.
 */
@QuarkusTest
class PopulationRegisterCheckTest {

    private static final String STREET = "Registerveien";

    @Inject
    PopulationCheckJob job;

    @Inject
    PopulationChecks checks;

    @AfterEach
    void registerBack() {
        PopulationRegisterStandIn.running().away(false);
    }

    @Test
    void aNameThatDiffersFromTheRegisterRaisesAWorkItemAndTheRecordStaysAsGiven() {
        String number = SyntheticIdentities.nationalIdNumber();
        register().plant(number, Person.resident("Kari", "Nordmann-Hansen", STREET, "7", "4612", "KRISTIANSAND S"));
        String customer = registered("Kari Nordmann", number, STREET + " 7");

        assertTrue(job.check(UUID.fromString(customer), OffsetDateTime.now()));

        assertEquals("NAME", itemOf(customer, "REGISTER_MISMATCH").get("detail"));
        given().auth().oauth2(AGENT).get("/customers/" + customer).then()
                .body("fullName", equalTo("Kari Nordmann"))
                .body("populationRegister.status", equalTo("RESIDENT"))
                .body("populationRegister.checkPending", equalTo(false));

        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("name", "Kari Nordmann-Hansen"))
                .patch("/customers/" + customer).then().statusCode(200);
        job.check(UUID.fromString(customer), OffsetDateTime.now());
        assertNull(findItemOf(customer, "REGISTER_MISMATCH"), "the corrected record matches: the item closes");
    }

    @Test
    void aRecordThatMatchesRaisesNothing() {
        String number = SyntheticIdentities.nationalIdNumber();
        register().plant(number, Person.resident("Per", "Samsvar", STREET, "12B", "0150", "OSLO"));
        String customer = registered("Per  Samsvar", number, STREET + " 12b");

        job.check(UUID.fromString(customer), OffsetDateTime.now());

        assertEquals(0L, TestDatabase.number("customer_test", "select count(*) from work_item where customer_id = ?::uuid",
                customer));
        given().auth().oauth2(AGENT).get("/customers/" + customer).then()
                .body("populationRegister.status", equalTo("RESIDENT"))
                .body("addressProtection", equalTo("NONE"));
    }

    @Test
    void aDeceasedEmigratedOrUnknownPersonIsFlaggedForTheAgent() {
        String dead = SyntheticIdentities.nationalIdNumber();
        String abroad = SyntheticIdentities.nationalIdNumber();
        register().plant(dead, Person.resident("Dag", "Død", STREET, "1", "0150", "OSLO").withStatus("doed"));
        register().plant(abroad, Person.resident("Ulla", "Utflytter", STREET, "1", "0150", "OSLO").withStatus("utflyttet"));
        String deceased = registered("Dag Død", dead, STREET + " 1");
        String emigrated = registered("Ulla Utflytter", abroad, STREET + " 1");
        String unknown = registered("Ukjent Person", SyntheticIdentities.nationalIdNumber(), STREET + " 1");

        for (String customer : List.of(deceased, emigrated, unknown)) {
            job.check(UUID.fromString(customer), OffsetDateTime.now());
        }

        assertNotNull(itemOf(deceased, "DECEASED"));
        assertNotNull(itemOf(emigrated, "EMIGRATED"));
        assertEquals("NOT_FOUND", itemOf(unknown, "NOT_IN_REGISTER").get("detail"));
        given().auth().oauth2(AGENT).get("/customers/" + deceased).then().body("populationRegister.status", equalTo("DECEASED"));
        given().auth().oauth2(AGENT).get("/customers/" + unknown).then().body("populationRegister.status", equalTo("NOT_FOUND"));
        String item = (String) itemOf(deceased, "DECEASED").get("id");
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("reason", "CUSTOMER_DECLINED"))
                .post("/work-items/" + item + "/closure").then().statusCode(400);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("reason", "HANDLED"))
                .post("/work-items/" + item + "/closure").then().statusCode(204);
    }

    @Test
    void aProtectedAddressIsShownToTheCustomerAloneAndLeavesCustomerServiceNowhere() {
        String number = SyntheticIdentities.nationalIdNumber();
        String street = "Skjultgata " + UUID.randomUUID().toString().substring(0, 6);
        register().plant(number, Person.resident("Vera", "Vern", street, "3", "4612", "KRISTIANSAND S")
                .withProtection("fortrolig"));
        String customer = registered("Vera Vern", number, street + " 3");
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", SyntheticIdentities.meteringPointId(), "meterNumber", "6970631401234567",
                        "priceArea", "NO2", "latitude", 58.1467, "longitude", 7.9961))
                .post("/customers/" + customer + "/metering-points").then().statusCode(201);
        job.check(UUID.fromString(customer), OffsetDateTime.now());

        given().auth().oauth2(AGENT).get("/customers/" + customer).then().statusCode(200)
                .body("address", nullValue())
                .body("addressProtection", equalTo("CONFIDENTIAL"))
                .body("meteringPoints[0].latitude", nullValue())
                .body("meteringPoints[0].longitude", nullValue());
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/customers/" + customer).then()
                .body("address", nullValue());
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("name", "Vera Vern"))
                .post("/customers/search").then().statusCode(200)
                .body("items.find { it.id == '" + customer + "' }.city", nullValue());
        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).get("/me").then()
                .body("address.street", equalTo(street + " 3"))
                .body("meteringPoints[0].latitude", equalTo(58.1467f));

        String access = given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + customer + "/access")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(Map.of("addressProtection", "CONFIDENTIAL")), JsonPath.from(access)
                .getList("categories.find { it.category.name == 'postal-address' }.records"));
        String export = given().auth().oauth2(TestTokens.rightsCollector()).accept("application/x-ndjson")
                .get("/rights/customers/" + customer + "/portable").then().statusCode(200).extract().asString();
        for (String part : List.of(access, export)) {
            assertFalse(part.contains(street), "a part sent out of customer-service, even to be posted to the person");
            assertFalse(part.contains("58.1467"), "nor the position, which finds the house as well");
        }
        List<ConsumerRecord<String, byte[]>> events = TopicRecords.readUntil(EventTopic.CUSTOMER.topicName(),
                Duration.ofSeconds(30), read -> read.stream().anyMatch(record -> customer.equals(record.key())));
        assertFalse(events.isEmpty());
        for (ConsumerRecord<String, byte[]> record : events) {
            assertFalse(TopicRecords.value(record).contains(street), "no event carries the address");
        }
        ServiceLog.assertMentionsNoneOf(street);
    }

    @Test
    void theRegisterBeingAwayDelaysTheCheckAndItCompletesWhenTheRegisterAnswers() {
        String number = SyntheticIdentities.nationalIdNumber();
        register().plant(number, Person.resident("Tor", "Tålmodig", STREET, "5", "0150", "OSLO"));
        register().away(true);
        String customer = registered("Tor Tålmodig", number, STREET + " 5");
        OffsetDateTime now = OffsetDateTime.now();

        assertFalse(job.check(UUID.fromString(customer), now), "the register is away");
        assertFalse(job.check(UUID.fromString(customer), now.plusMinutes(1)));
        given().auth().oauth2(AGENT).get("/customers/" + customer).then()
                .body("populationRegister.checkPending", equalTo(true))
                .body("populationRegister.attempts", equalTo(2))
                .body("populationRegister.status", nullValue());
        assertEquals(1L, TestDatabase.number("customer_test", "select count(*) from population_check where "
                + "customer_id = ?::uuid and due_at > ?", customer, now.plusMinutes(2)), "the next attempt waits longer");

        register().away(false);
        assertTrue(job.check(UUID.fromString(customer), now.plusMinutes(4)));
        given().auth().oauth2(AGENT).get("/customers/" + customer).then()
                .body("populationRegister.checkPending", equalTo(false))
                .body("populationRegister.status", equalTo("RESIDENT"));
    }

    @Test
    void anAnswerToAQuestionAboutTheRecordAsItWasIsDroppedOnceTheRecordChanged() {
        String number = SyntheticIdentities.nationalIdNumber();
        register().plant(number, Person.resident("Siri", "Skifte", STREET, "4", "0150", "OSLO"));
        String customer = registered("Siri Skifte", number, STREET + " 4");
        OffsetDateTime askedAt = OffsetDateTime.now();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("name", "Siri Skifte Ny"))
                .patch("/customers/" + customer).then().statusCode(200);

        assertFalse(checks.answered(UUID.fromString(customer), Optional.empty(), askedAt, OffsetDateTime.now()),
                "asked before the rectification: the answer is about the old record");
        assertEquals(1L, pendingChecks(customer), "the check of the new record still waits");
        assertNull(findItemOf(customer, "NOT_IN_REGISTER"));
    }

    @Test
    void theJobChecksActiveCustomersAgainOnceTheirLastCheckIsOld() {
        String number = SyntheticIdentities.nationalIdNumber();
        register().plant(number, Person.resident("Rolf", "Runde", STREET, "9", "0150", "OSLO"));
        String customer = registered("Rolf Runde", number, STREET + " 9");
        job.check(UUID.fromString(customer), OffsetDateTime.now());
        assertEquals(0L, pendingChecks(customer));

        job.run(OffsetDateTime.now().plusDays(29));
        assertEquals(0L, pendingChecks(customer), "not before 30 days");
        job.run(OffsetDateTime.now().plusDays(31));
        assertTrue(pendingChecks(customer) == 1 || checkedAfter(customer, OffsetDateTime.now().plusDays(30)),
                "queued again, or already checked again by that run");
    }

    private static PopulationRegisterStandIn register() {
        return PopulationRegisterStandIn.running();
    }

    private static String registered(String name, String number, String street) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("fullName", name, "nationalIdNumber", number, "phone", "+47 400 00 003",
                        "email", "register@example.no",
                        "address", Map.of("street", street, "postalCode", street.startsWith(STREET + " 1") ? "0150"
                                : "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> itemOf(String customer, String kind) {
        Map<String, Object> item = findItemOf(customer, kind);
        assertNotNull(item, "an open " + kind + " item for the customer");
        return item;
    }

    private static Map<String, Object> findItemOf(String customer, String kind) {
        return WorkLists.itemOf(customer, kind);
    }

    private static long pendingChecks(String customer) {
        return TestDatabase.number("customer_test", "select count(*) from population_check where customer_id = ?::uuid",
                customer);
    }

    private static boolean checkedAfter(String customer, OffsetDateTime instant) {
        return TestDatabase.number("customer_test", "select count(*) from customer where id = ?::uuid "
                + "and register_checked_at > ?", customer, instant) == 1;
    }
}
