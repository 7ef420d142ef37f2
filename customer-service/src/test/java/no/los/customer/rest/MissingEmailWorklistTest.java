package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.customer.CustomerEvents;
import no.los.customer.TestCustomers;
import no.los.customer.WorkLists;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestTokens;
import no.los.platform.time.OsloCalendar;

/**
 * R9: LOS seeks the e-mail address of a customer who has none. The customer is on the agents'
 * missing-e-mail work list and Min side asks for it; filling it in, by the customer or an agent,
 * closes the item, and so does an agent recording that the customer declined.
 */
@QuarkusTest
class MissingEmailWorklistTest {

    private static final String WORK_LIST = "/work-items";

    @Test
    void aCustomerRegisteredWithoutAnEmailIsOnTheWorkListAndMinSideAsksForIt() {
        String customer = TestCustomers.registeredWithoutEmail();

        Map<String, Object> item = itemOf(customer);
        assertEquals("MISSING_EMAIL", item.get("kind"));
        assertEquals("Ola Utenepost", item.get("fullName"));
        assertNotNull(item.get("openedAt"));

        me(customer).then().statusCode(200)
                .body("email", nullValue())
                .body("missingDetails", equalTo(List.of("EMAIL")));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("missingDetails", equalTo(List.of("EMAIL")));
    }

    @Test
    void aCustomerRegisteredWithAnEmailIsNotOnTheWorkList() {
        String customer = TestCustomers.registered();
        assertEquals(null, findItemOf(customer));
        me(customer).then().body("missingDetails", equalTo(List.of()));
    }

    @Test
    void anEmptyEmailAtRegistrationIsAProblemNamingItAndNothingIsStored() {
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ola Tom", "nationalIdNumber", SyntheticIdentities.nationalIdNumber(),
                        "email", "", "phone", "+47 400 00 002",
                        "address", Map.of("street", "Testveien 3", "postalCode", "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("email")));
    }

    @Test
    void fillingInTheEmailOnMinSideClosesTheItem() {
        String customer = TestCustomers.registeredWithoutEmail();
        assertNotNull(findItemOf(customer));

        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).contentType(ContentType.JSON)
                .body(Map.of("email", "ola.utenepost@example.no")).patch("/me")
                .then().statusCode(200)
                .body("email", equalTo("ola.utenepost@example.no"))
                .body("missingDetails", equalTo(List.of()));
        assertEquals(null, findItemOf(customer));
    }

    @Test
    void anAgentFillingInTheEmailClosesTheItemButAPhoneAloneDoesNot() {
        String customer = TestCustomers.registeredWithoutEmail();
        rectify(customer, Map.of("phone", "+47 400 00 009"));
        assertNotNull(findItemOf(customer), "a new phone number is no e-mail address");

        rectify(customer, Map.of("email", "ola@example.no"));
        assertEquals(null, findItemOf(customer));
    }

    @Test
    void anAgentClosesTheItemWhenTheCustomerDeclinesAndTheClosureIsLogged() {
        String customer = TestCustomers.registeredWithoutEmail();
        String item = (String) itemOf(customer).get("id");
        String subject = "agent-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.staff(subject, "agent")).contentType(ContentType.JSON)
                .body(Map.of("reason", "CUSTOMER_DECLINED")).post(WORK_LIST + "/" + item + "/closure")
                .then().statusCode(204);

        assertEquals(null, findItemOf(customer));
        me(customer).then().body("missingDetails", equalTo(List.of()));
        List<Map<String, Object>> entries = accessLogOf(customer);
        assertTrue(entries.stream().anyMatch(entry -> subject.equals(entry.get("actorSubject"))
                && "work-items".equals(entry.get("category")) && "CHANGE".equals(entry.get("operation"))),
                "who closed the item is in the access log: " + entries);
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("reason", "CUSTOMER_DECLINED")).post(WORK_LIST + "/" + item + "/closure")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aClosureWithoutAKnownReasonIsAProblemAndTheItemStaysOpen() {
        String customer = TestCustomers.registeredWithoutEmail();
        String item = (String) itemOf(customer).get("id");

        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("reason", "BORED"))) {
            given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                    .body(body).post(WORK_LIST + "/" + item + "/closure")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", notNullValue());
        }
        assertNotNull(findItemOf(customer));
    }

    @Test
    void readingTheWorkListIsLoggedForEveryCustomerOnThePage() {
        String customer = TestCustomers.registeredWithoutEmail();
        String subject = "agent-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.staff(subject, "agent"))
                .queryParam("kind", "MISSING_EMAIL").queryParam("limit", 1000).get(WORK_LIST)
                .then().statusCode(200);

        assertTrue(accessLogOf(customer).stream().anyMatch(entry -> subject.equals(entry.get("actorSubject"))
                && "work-items,customer-identity".equals(entry.get("category")) && "READ".equals(entry.get("operation"))));
    }

    @Test
    void theWorkListComesOldestFirstAPageAtATime() {
        String first = TestCustomers.registeredWithoutEmail();
        String second = TestCustomers.registeredWithoutEmail();

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            var request = given().auth().oauth2(AGENT).queryParam("kind", "MISSING_EMAIL").queryParam("limit", 2);
            if (next != null) {
                request.queryParam("after", next);
            }
            JsonPath page = request.get(WORK_LIST).then().statusCode(200).extract().jsonPath();
            assertTrue(page.getList("items").size() <= 2);
            seen.addAll(page.getList("items.customerId"));
            next = page.getString("next");
        } while (next != null);
        assertTrue(seen.indexOf(first) >= 0 && seen.indexOf(first) < seen.indexOf(second), "oldest first: " + seen);
        assertEquals(seen.size(), seen.stream().distinct().count(), "no item twice");
    }

    @Test
    void aWorkListRequestWithoutAKindOrWithABadCursorIsAProblemNamingIt() {
        given().auth().oauth2(AGENT).get(WORK_LIST)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("kind")));
        given().auth().oauth2(AGENT).queryParam("kind", "MISSING_EMAIL").queryParam("after", "yesterday")
                .get(WORK_LIST)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("after")));
        given().auth().oauth2(AGENT).queryParam("kind", "EVERYTHING").get(WORK_LIST)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("kind")));
        given().auth().oauth2(TestTokens.withRoles("marketing")).queryParam("kind", "MISSING_EMAIL").get(WORK_LIST)
                .then().statusCode(403);
    }

    @Test
    void theItemIsInTheAccessPartAndGoesWhenTheRelationshipEnds() {
        String customer = TestCustomers.registeredWithoutEmail();
        JsonPath part = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + customer + "/access")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = part.getList("categories.find { it.category.name == 'work-items' }.records");
        assertEquals(1, items.size());
        assertEquals("MISSING_EMAIL", items.get(0).get("kind"));

        LocalDate today = LocalDate.now(OsloCalendar.ZONE);
        String contract = TestCustomers.withContract(customer, TestCustomers.withMeteringPoint(customer),
                today.minusMonths(1));
        TestCustomers.terminate(customer, contract, today);

        JsonPath confirmation = CustomerEvents.single(customer, CustomerEvents.ERASURE_CONFIRMED);
        assertEquals(List.of(Map.of("category", "work-items", "count", 1)), confirmation.getList("deleted"));
        assertEquals(null, findItemOf(customer));
        given().auth().oauth2(AGENT).get("/customers/" + customer)
                .then().body("missingDetails", equalTo(List.of()))
                .body("relationship.status", containsString("FORMER"));
    }

    private static Response me(String customer) {
        return given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).get("/me");
    }

    private static void rectify(String customer, Map<String, Object> body) {
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(body).patch("/customers/" + customer)
                .then().statusCode(200);
    }

    private static Map<String, Object> itemOf(String customer) {
        Map<String, Object> item = findItemOf(customer);
        assertNotNull(item, "the customer is on the missing-e-mail work list");
        return item;
    }

    /** The customer's item on the missing-e-mail work list; null when there is none. */
    private static Map<String, Object> findItemOf(String customer) {
        return WorkLists.itemOf(customer, "MISSING_EMAIL");
    }

    private static List<Map<String, Object>> accessLogOf(String customer) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).queryParam("customerId", customer)
                .get("/access-log")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
