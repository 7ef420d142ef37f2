package no.los.dsar.portability;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

import no.los.dsar.repository.DataSubjectRequestRepository;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestTokens;

/**
 * Requests as the tests of portability need them: made on Min side or registered by an agent, and
 * completed as they are once every service has answered.
 */
public final class PlantedRequests {

    private PlantedRequests() {
    }

    /** The customer's own request of the type, made on Min side. */
    public static UUID madeOnMinSide(UUID customerId, String type) {
        String id = given().auth().oauth2(TestTokens.customer(customerId)).contentType(ContentType.JSON)
                .body(Map.of("type", type)).post("/me/requests")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A request registered on the behalf of a customer (whom dsar-service then knows) by the agent whose token this is. */
    public static UUID registeredBy(String agentToken, UUID customerId, String type) {
        KnownCustomerFixture.register("dsar_test", customerId);
        String id = given().auth().oauth2(agentToken).contentType(ContentType.JSON)
                .body(Map.of("customerId", customerId.toString(), "type", type, "channel", "PHONE"))
                .post("/requests")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** A completed portability request of the customer, made on Min side. */
    public static UUID completedPortability(UUID customerId) {
        return completed(madeOnMinSide(customerId, "PORTABILITY"));
    }

    /** Completes the request, as happens when every service has answered it. */
    public static UUID completed(UUID requestId) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(DataSubjectRequestRepository.class).get()
                .findById(requestId).complete(OffsetDateTime.now()));
        return requestId;
    }
}
