package no.los.dsar.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestTokens;

/**
 * A request staff registered waits for the person's identity (Art. 12(6)); a one-time code to the
 * contact customer-service holds establishes it. dsar-service keeps a hash of the code and where it
 * went (masked); a match records ONE_TIME_CODE and announces the request, wrong codes use up tries,
 * and when the code cannot be sent nothing is kept. The deadline runs all the while.
 */
@QuarkusTest
@QuarkusTestResource(value = CustomerContactsStandIn.class, restrictToAnnotatedClass = true)
class IdentityCodeTest {

    private static final String AGENT = TestTokens.staff("kundeservice-a", "agent");

    @Test
    void theCodeThePersonReadsBackEstablishesTheIdentityAndAnnouncesTheRequest() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = registered(customer, "ACCESS");
        sendCode(id, "EMAIL").statusCode(202)
                .body("channel", equalTo("EMAIL"))
                .body("sentTo", equalTo("k***@example.no"))
                .body("attemptsLeft", equalTo(5))
                .body("expiresAt", notNullValue());
        List<CustomerContactsStandIn.Delivered> delivered = CustomerContactsStandIn.running().deliveredTo(customer);
        assertEquals(1, delivered.size());
        assertEquals(10, delivered.get(0).validMinutes());
        String code = delivered.get(0).code();

        verify(id, wrong(code)).statusCode(400).body("errors.field", contains("code"))
                .body("errors.message", contains(containsString("4 tries left")));
        view(id).body("identityCheck", nullValue()).body("announcedAt", nullValue());

        verify(id, code).statusCode(200)
                .body("identityCheck", equalTo("ONE_TIME_CODE"))
                .body("announcedAt", notNullValue())
                .body("history.step", contains("RECEIVED", "IDENTITY_CHECKED"));
        verify(id, code).statusCode(409).body("detail", containsString("already established"));
        sendCode(id, "EMAIL").statusCode(409);
    }

    @Test
    void fiveWrongCodesUseTheCodeUpAndARequestHasAtMostThreeCodes() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = registered(customer, "RECTIFICATION");
        sendCode(id, "SMS").statusCode(202);
        String code = CustomerContactsStandIn.running().deliveredTo(customer).get(0).code();
        for (int i = 0; i < 5; i++) {
            verify(id, wrong(code)).statusCode(400);
        }
        verify(id, code).statusCode(409).body("detail", containsString("used up"));

        sendCode(id, "SMS").statusCode(202);
        sendCode(id, "SMS").statusCode(202);
        sendCode(id, "SMS").statusCode(409).body("detail", containsString("by hand"));
        String last = CustomerContactsStandIn.running().deliveredTo(customer).get(2).code();
        verify(id, last).statusCode(200).body("identityCheck", equalTo("ONE_TIME_CODE"));
    }

    @Test
    void aCodeThatCannotBeSentKeepsNothingAndSaysWhy() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = registered(customer, "ACCESS");
        CustomerContactsStandIn.running().answers(customer, 409);
        sendCode(id, "SMS").statusCode(409).body("detail", containsString("no registered phone number"));
        CustomerContactsStandIn.running().answers(customer, 503);
        sendCode(id, "EMAIL").statusCode(503).body("type", equalTo("urn:los:problem:service-unavailable"))
                .body("detail", containsString("customer-service"));
        verify(id, "123456").statusCode(409).body("detail", containsString("No code was sent"));

        CustomerContactsStandIn.running().answers(customer, 202);
        sendCode(id, "EMAIL").statusCode(202).body("attemptsLeft", equalTo(5));
        sendCode(id, "EMAIL").statusCode(202);
        sendCode(id, "EMAIL").statusCode(202);
        sendCode(id, "EMAIL").statusCode(409).body("detail", containsString("3 codes"));
    }

    @Test
    void aRequestMadeOnMinSideNeedsNoCodeAndOnlyStaffSendOne() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String own = given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS")).post("/me/requests").then().statusCode(201).extract().path("id");
        sendCode(own, "EMAIL").statusCode(409).body("detail", containsString("LOGIN"));
        given().auth().oauth2(TestTokens.customer(customer)).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL")).post("/requests/" + own + "/identity-code").then().statusCode(403);
        sendCode(UUID.randomUUID().toString(), "EMAIL").statusCode(404);
        String id = registered(customer, "ACCESS");
        given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("channel", "PIGEON"))
                .post("/requests/" + id + "/identity-code").then().statusCode(400);
        verify(id, "12345").statusCode(400).body("errors.field", contains("code"));
        assertEquals(0, CustomerContactsStandIn.running().deliveredTo(customer).size());
    }

    private static String registered(UUID customer, String type) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "type", type, "channel", "PHONE"))
                .post("/requests").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse sendCode(String id, String channel) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("channel", channel))
                .post("/requests/" + id + "/identity-code").then();
    }

    private static ValidatableResponse verify(String id, String code) {
        return given().auth().oauth2(AGENT).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/requests/" + id + "/identity-code/verification").then();
    }

    private static ValidatableResponse view(String id) {
        return given().auth().oauth2(TestTokens.withRoles("privacy-officer")).get("/requests/" + id).then();
    }

    /** Another six digits. */
    private static String wrong(String code) {
        return "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
    }
}
