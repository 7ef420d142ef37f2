package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.ServiceContractTest;

/** Who may call what: every operation of customer-service and the roles it admits.
 * Checked with the suite's shared contract: 401 and 403 problems, a documented API, readiness.
 */
@QuarkusTest
class CustomerContractTest extends ServiceContractTest {

    @Override
    protected String apiTitle() {
        return "LOS customer-service";
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
                Endpoint.post("/customers", "agent", "admin"),
                Endpoint.get("/customers/{id}", "agent", "privacy-officer", "admin"),
                patch("/customers/{id}", "agent", "privacy-officer", "admin"),
                Endpoint.post("/customers/{id}/metering-points", "agent", "admin"),
                Endpoint.post("/customers/{id}/metering-points/{meteringPointId}/meter-swaps", "agent", "admin"),
                Endpoint.post("/customers/search", "agent", "privacy-officer", "admin"),
                Endpoint.post("/customers/{id}/contracts", "agent", "admin"),
                Endpoint.get("/customers/{id}/contracts", "agent", "privacy-officer", "admin"),
                Endpoint.post("/customers/{id}/contracts/{contractId}/termination", "agent", "admin"),
                Endpoint.post("/customers/{id}/contracts/{contractId}/cancellation", "agent", "admin"),
                Endpoint.post("/customers/{customerId}/identity-codes", "rights-collector"),
                Endpoint.post("/customers/{id}/interactions", "agent", "admin"),
                Endpoint.get("/customers/{id}/interactions", "agent", "privacy-officer", "admin"),
                patch("/customers/{id}/interactions/{interactionId}", "agent", "privacy-officer", "admin"),
                Endpoint.post("/customers/{id}/cases/{caseReference}/closure", "agent", "admin"),
                Endpoint.post("/visits", "reception", "admin"),
                Endpoint.get("/visits", "reception", "admin"),
                Endpoint.post("/visits/{visitId}/departure", "reception", "admin"),
                Endpoint.post("/visits/access", "privacy-officer"),
                Endpoint.post("/visits/erasure", "privacy-officer"),
                Endpoint.get("/work-items", "agent", "admin"),
                Endpoint.post("/work-items/{itemId}/closure", "agent", "admin"),
                Endpoint.get("/me", "customer"),
                patch("/me", "customer"),
                Endpoint.get("/me/contracts", "customer"),
                Endpoint.post("/me/contracts/{contractId}/termination", "customer"),
                Endpoint.post("/me/contracts/{contractId}/cancellation", "customer"),
                Endpoint.get("/data-map", "privacy-officer", "admin"),
                Endpoint.get("/access-log", "privacy-officer"),
                Endpoint.get("/access-log/verification", "privacy-officer", "admin"),
                Endpoint.get("/rights/customers/{customerId}/access", "rights-collector"),
                Endpoint.get("/rights/customers/{customerId}/portable", "rights-collector"));
    }

    /** The shared test support has no PATCH factory yet. */
    private static Endpoint patch(String template, String... allowed) {
        return new Endpoint("PATCH", template, Set.of(allowed), Map.of());
    }

    @Test
    void registrationDocumentsItsOperationIdAndProblems() {
        given().get("/q/openapi?format=json")
                .then().body("paths.'/customers'.post.operationId", equalTo("registerCustomer"))
                .body("paths.'/customers'.post.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/customers/{id}'.get.responses.'404'", notNullValue());
    }
}
