package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static no.los.customer.TestCustomers.AGENT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.customer.identity.NationalIdProtection;
import no.los.platform.test.ServiceLog;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestTokens;

/**
 * An agent answering the phone finds the customer by national ID number, phone, e-mail, metering
 * point or the start of the name: one key at a time, masked results in the order of names, every
 * customer found in the access log. The national ID number is found through its keyed hash: only
 * the numbers of the customers found are ever opened.
 */
@QuarkusTest
class CustomerSearchTest {

    private static final Random RANDOM = new Random();

    @Inject
    NationalIdProtection protection;

    @Test
    void eachKeyFindsTheCustomerAndTheResultIsMasked() {
        Person person = Person.registered("Ingrid " + surname());
        String gsrn = SyntheticIdentities.meteringPointId();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "meterNumber", "6970631401234567", "priceArea", "NO2"))
                .post("/customers/" + person.id + "/metering-points").then().statusCode(201);

        String spacedPhone = "+47 " + person.digits.substring(0, 3) + " " + person.digits.substring(3, 5) + " "
                + person.digits.substring(5);
        List<Map<String, Object>> keys = List.of(
                Map.of("nationalIdNumber", person.nationalId),
                Map.of("phone", person.digits),
                Map.of("phone", "0047" + person.digits),
                Map.of("phone", spacedPhone),
                Map.of("email", person.email.toUpperCase()),
                Map.of("meteringPointId", gsrn),
                Map.of("name", person.surname.substring(0, 4).toLowerCase()));
        for (Map<String, Object> key : keys) {
            JsonPath found = search(AGENT, key).then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(person.id), found.getList("items.id"), "found by " + key);
            assertEquals(person.name, found.getString("items[0].fullName"));
            assertEquals("*********" + person.nationalId.substring(9), found.getString("items[0].nationalIdNumber"));
            assertEquals(person.email.charAt(0) + "***@example.no", found.getString("items[0].email"));
            assertEquals("*** ** " + person.digits.substring(5), found.getString("items[0].phone"));
            assertEquals("Kristiansand", found.getString("items[0].city"));
            assertEquals("ACTIVE", found.getString("items[0].relationshipStatus"));
        }
    }

    @Test
    void aSearchOpensOnlyTheNationalIdNumbersOfTheCustomersFound() {
        String surname = surname();
        Person first = Person.registered("Astrid " + surname);
        Person.registered("Berit " + surname);
        Person.registered("Cecilie " + surname());

        long before = protection.openedCount();
        search(AGENT, Map.of("nationalIdNumber", first.nationalId)).then().statusCode(200)
                .body("items.id", equalTo(List.of(first.id)));
        assertEquals(1, protection.openedCount() - before, "the number is found by its hash; only the match is opened");

        before = protection.openedCount();
        search(AGENT, Map.of("name", surname)).then().statusCode(200).body("items.size()", equalTo(2));
        assertEquals(2, protection.openedCount() - before, "the two found, not the whole register");
    }

    @Test
    void manyMatchesComeInTheOrderOfTheirNamesAPageAtATime() {
        String surname = surname();
        Person carl = Person.registered("Carl " + surname);
        Person anna = Person.registered("Anna " + surname);
        Person bjorn = Person.registered("Bjørn " + surname);

        JsonPath first = given().auth().oauth2(AGENT).contentType(ContentType.JSON).queryParam("limit", 2)
                .body(Map.of("name", surname)).post("/customers/search")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(anna.id, bjorn.id), first.getList("items.id"));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).queryParam("limit", 2)
                .queryParam("after", first.getString("next"))
                .body(Map.of("name", surname)).post("/customers/search")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(carl.id)))
                .body("next", equalTo(null));
    }

    @Test
    void aNameIsFoundByAnyOfItsWordsWhateverTheCaseOfNorwegianLetters() {
        String tail = surname().substring(2);
        Person person = Person.registered("Øystein Ærlig-Åsen" + tail);

        for (String prefix : List.of("øyst", "ØYSTEIN", "ærl", "åsen" + tail.toUpperCase())) {
            search(AGENT, Map.of("name", prefix)).then().statusCode(200)
                    .body("items.id", hasItem(person.id));
        }
    }

    @Test
    void aKeyThatFindsNobodyIsAnEmptyPageAndWildcardsMatchOnlyThemselves() {
        search(AGENT, Map.of("nationalIdNumber", SyntheticIdentities.nationalIdNumber())).then().statusCode(200)
                .body("items", equalTo(List.of()));
        search(AGENT, Map.of("name", "%_")).then().statusCode(200).body("items", equalTo(List.of()));
        search(AGENT, Map.of("email", "nobody-" + UUID.randomUUID() + "@example.no")).then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    @Test
    void aSearchNamesExactlyOneValidKeyOrIsAProblemNamingWhatFailed() {
        Map<Map<String, Object>, String> refused = new HashMap<>();
        refused.put(Map.of(), "body");
        refused.put(Map.of("name", "Kari", "phone", "+47 400 00 000"), "body");
        refused.put(Map.of("nationalIdNumber", "12345678901"), "nationalIdNumber");
        refused.put(Map.of("name", "K"), "name");
        refused.put(Map.of("phone", "1234"), "phone");
        refused.put(Map.of("email", "not-an-address"), "email");
        refused.put(Map.of("meteringPointId", "707057500012345678"), "meteringPointId");
        refused.forEach((body, field) -> search(AGENT, body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field))));
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).queryParam("after", "somewhere")
                .body(Map.of("name", "Kari")).post("/customers/search")
                .then().statusCode(400).body("errors.field", equalTo(List.of("after")));
    }

    @Test
    void everyCustomerFoundIsInTheAccessLogAndTheKeyIsNowhere() {
        Person person = Person.registered("Dagny " + surname());
        String subject = "agent-" + UUID.randomUUID();
        search(TestTokens.staff(subject, "agent"), Map.of("email", person.email)).then().statusCode(200)
                .body("items.id", equalTo(List.of(person.id)));

        Response log = given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                .queryParam("customerId", person.id).get("/access-log");
        List<Map<String, Object>> entries = log.then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(entries.stream().anyMatch(entry -> subject.equals(entry.get("actorSubject"))
                && "SEARCH".equals(entry.get("operation"))
                && "customer-identity,contact-details".equals(entry.get("category"))), "found by a search: " + entries);
        assertFalse(log.asString().contains(person.email), "the log holds whom, not what was searched for");
        ServiceLog.assertMentionsNoneOf(person.email, person.nationalId, person.digits);
    }

    @Test
    void onlyStaffWhoServeCustomersSearch() {
        search(TestTokens.withRoles("marketing"), Map.of("name", "Kari")).then().statusCode(403);
        search(TestTokens.customer(UUID.randomUUID()), Map.of("name", "Kari")).then().statusCode(403);
        search(TestTokens.withRoles("privacy-officer"), Map.of("name", "Kari")).then().statusCode(200);
    }

    private static Response search(String token, Map<String, Object> key) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(key).post("/customers/search");
    }

    /** A surname nobody else in the test database has: letters only. */
    private static String surname() {
        StringBuilder name = new StringBuilder("Sø");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return name.toString();
    }

    /** A customer registered with a phone number and e-mail address of its own. */
    private record Person(String id, String name, String surname, String nationalId, String email, String digits) {

        static Person registered(String name) {
            String nationalId = SyntheticIdentities.nationalIdNumber();
            String digits = "4" + String.format("%07d", RANDOM.nextInt(10_000_000));
            String email = "s" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
            String id = given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                    .body(Map.of("fullName", name, "nationalIdNumber", nationalId, "email", email,
                            "phone", "+47" + digits,
                            "address", Map.of("street", "Søkeveien 1", "postalCode", "4612", "city", "Kristiansand")))
                    .post("/customers")
                    .then().statusCode(201)
                    .extract().path("id");
            return new Person(id, name, name.substring(name.indexOf(' ') + 1), nationalId, email, digits);
        }
    }
}
