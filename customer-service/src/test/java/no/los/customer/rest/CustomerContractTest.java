package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

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
                Endpoint.post("/customers/{id}/metering-points", "agent", "admin"),
                Endpoint.get("/me", "customer"));
    }

    @Test
    void registrationDocumentsItsOperationIdAndProblems() {
        given().get("/q/openapi?format=json")
                .then().body("paths.'/customers'.post.operationId", equalTo("register"))
                .body("paths.'/customers'.post.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/customers/{id}'.get.responses.'404'", notNullValue());
    }
}
