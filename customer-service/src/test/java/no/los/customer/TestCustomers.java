package no.los.customer;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Map;

import io.restassured.http.ContentType;

import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestTokens;

/** Customers, metering points and contracts set up through the API, as customer service would. */
public final class TestCustomers {

    public static final String AGENT = TestTokens.withRoles("agent");

    private TestCustomers() {
    }

    /** A newly registered customer, with phone and e-mail; answers its id. */
    public static String registered() {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Kari Testesen", "nationalIdNumber", SyntheticIdentities.nationalIdNumber(),
                        "email", "kari.testesen@example.no", "phone", "+47 400 00 000",
                        "address", Map.of("street", "Testveien 1", "postalCode", "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A newly registered customer who gave a phone number but no e-mail address; answers its id. */
    public static String registeredWithoutEmail() {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ola Utenepost", "nationalIdNumber", SyntheticIdentities.nationalIdNumber(),
                        "phone", "+47 400 00 001",
                        "address", Map.of("street", "Testveien 2", "postalCode", "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A new metering point of the customer; answers its GSRN. */
    public static String withMeteringPoint(String customerId) {
        String gsrn = SyntheticIdentities.meteringPointId();
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "meterNumber", "6970631401234567", "priceArea", "NO2"))
                .post("/customers/" + customerId + "/metering-points")
                .then().statusCode(201);
        return gsrn;
    }

    /** A SPOT contract for the metering point from {@code startsOn}; answers the contract id. */
    public static String withContract(String customerId, String gsrn, LocalDate startsOn) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("meteringPointId", gsrn, "contractType", "SPOT", "startsOn", startsOn.toString()))
                .post("/customers/" + customerId + "/contracts")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static void terminate(String customerId, String contractId, LocalDate endsOn) {
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("endsOn", endsOn.toString()))
                .post("/customers/" + customerId + "/contracts/" + contractId + "/termination")
                .then().statusCode(200);
    }
}
