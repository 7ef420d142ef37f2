package no.los.customer.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.platform.test.ServiceLog;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestTokens;

/** Registrations and rectifications that succeed, clash and fail leave no trace of the person in the service's log. */
@QuarkusTest
class PersonalDataStaysOutOfTheLogTest {

    @Test
    void registeringRefusingAndReadingLogNothingPersonal() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Loggsjekk Personvern " + marker;
        String email = "loggsjekk." + marker + "@example.no";
        String street = "Loggveien " + marker;
        String phone = "+47 911 " + marker.replaceAll("[^0-9]", "0").substring(0, 5);
        String nationalId = SyntheticIdentities.nationalIdNumber();
        String brokenId = nationalId.substring(0, 10) + (char) ('0' + (nationalId.charAt(10) - '0' + 1) % 10);
        String agent = TestTokens.withRoles("agent");

        Map<String, Object> customer = Map.of("fullName", name, "nationalIdNumber", nationalId, "email", email,
                "phone", phone, "address", Map.of("street", street, "postalCode", "4612", "city", "Kristiansand"));
        String id = given().auth().oauth2(agent).contentType(ContentType.JSON).body(customer).post("/customers")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(customer).post("/customers")
                .then().statusCode(409);
        Map<String, Object> broken = new HashMap<>(customer);
        broken.put("nationalIdNumber", brokenId);
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(broken).post("/customers")
                .then().statusCode(400);
        given().auth().oauth2(agent).contentType(ContentType.JSON).body("{\"fullName\": \"" + name + "\", ")
                .post("/customers").then().statusCode(400);
        given().auth().oauth2(TestTokens.customer(UUID.fromString(id))).get("/me").then().statusCode(200);

        String newName = "Rettet Personvern " + marker;
        String newEmail = "rettet." + marker + "@example.no";
        String newNationalId = SyntheticIdentities.nationalIdNumber();
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("name", newName, "email", newEmail, "nationalIdNumber", newNationalId))
                .patch("/customers/" + id).then().statusCode(200);
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("email", "ugyldig " + marker, "nationalIdNumber", brokenId))
                .patch("/customers/" + id).then().statusCode(400);
        given().auth().oauth2(TestTokens.customer(UUID.fromString(id))).contentType(ContentType.JSON)
                .body(Map.of("nationalIdNumber", nationalId)).patch("/me").then().statusCode(400);

        ServiceLog.assertMentionsNoneOf(name, email, street, phone, nationalId, brokenId, newName, newEmail,
                newNationalId, "ugyldig " + marker);
    }
}
