package no.los.customer.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import no.los.customer.TestCustomers;
import no.los.platform.test.NotificationsStandIn;
import no.los.platform.test.TestTokens;

/**
 * The one-time code dsar-service makes for a request staff registered goes, through the notification
 * provider, to the e-mail address or phone customer-service holds; dsar-service learns the address
 * masked, and only dsar-service's own identity may ask.
 */
@QuarkusTest
class IdentityCodeTest {

    @Test
    void theCodeGoesToTheRegisteredContactAndOnlyTheMaskedAddressComesBack() {
        String customer = TestCustomers.registered();
        send(customer, "EMAIL", "493027").statusCode(202)
                .body("channel", equalTo("EMAIL")).body("sentTo", equalTo("k***@example.no"));
        NotificationsStandIn.Message email = only(messageWith("493027"));
        assertEquals("kari.testesen@example.no", email.to());
        assertEquals("EMAIL", email.channel());
        assertEquals("Engangskode fra LOS", email.subject());
        assertTrue(email.text().contains("Koden gjelder i 10 minutter"), email.text());

        send(customer, "SMS", "118236").statusCode(202).body("sentTo", equalTo("*** ** 000"));
        NotificationsStandIn.Message sms = only(messageWith("118236"));
        assertEquals("+47 400 00 000", sms.to());
        assertEquals("SMS", sms.channel());
    }

    @Test
    void onlyDsarServicesOwnIdentityMayAskAndBadInputSendsNothing() {
        String customer = TestCustomers.registered();
        int before = NotificationsStandIn.running().received().size();
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "code", "555111", "validMinutes", 10))
                .post("/customers/" + customer + "/identity-codes").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("rights-collector")).contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL", "code", "555111", "validMinutes", 10))
                .post("/customers/" + customer + "/identity-codes").then().statusCode(403);
        send(customer, "EMAIL", "12345").statusCode(400).body("errors.field", contains("code"));
        send(customer, "PIGEON", "555111").statusCode(400);
        send(UUID.randomUUID().toString(), "EMAIL", "555111").statusCode(404);
        assertEquals(before, NotificationsStandIn.running().received().size(), "nothing was sent");
    }

    @Test
    void aProviderThatDoesNotTakeTheMessageIsA503NamingIt() {
        String customer = TestCustomers.registered();
        NotificationsStandIn.running().failing(true);
        try {
            send(customer, "EMAIL", "700700").statusCode(503)
                    .body("type", equalTo("urn:los:problem:service-unavailable"))
                    .body("detail", equalTo("The notification provider answered 503; nothing was changed, try again later"));
        } finally {
            NotificationsStandIn.running().failing(false);
        }
        assertEquals(List.of(), messageWith("700700"));
    }

    private static ValidatableResponse send(String customer, String channel, String code) {
        return given().auth().oauth2(TestTokens.rightsCollector()).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "code", code, "validMinutes", 10))
                .post("/customers/" + customer + "/identity-codes").then();
    }

    private static List<NotificationsStandIn.Message> messageWith(String code) {
        return NotificationsStandIn.running().received().stream().filter(m -> m.text().contains(code)).toList();
    }

    private static NotificationsStandIn.Message only(List<NotificationsStandIn.Message> messages) {
        assertEquals(1, messages.size(), "one message");
        return messages.get(0);
    }
}
