package no.los.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.http.ContentType;

/**
 * The contract every service keeps with its callers and operators, as one test class to extend
 * (annotated {@code @QuarkusTest}): who may call each operation, a documented API, problems for
 * unknown routes and wrong media types, metrics and readiness on the management interface only, and
 * readiness that reflects the database and the broker.
 */
public abstract class ServiceContractTest {

    private static final String PROBLEM = "application/problem+json";

    /** The title of the service's OpenAPI document. */
    protected abstract String apiTitle();

    /** Every operation of the service and the roles it admits. */
    protected abstract List<Endpoint> endpoints();

    @TestFactory
    Stream<DynamicTest> refusesEveryoneAnEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(endpoints());
    }

    @Test
    void theSecurityContractCoversEveryDocumentedOperation() {
        EndpointSecurityContract.coversEveryOperation(endpoints());
    }

    @Test
    void everyOperationIsDocumentedWithItsProblems() {
        ServiceContract.assertApiDocumented(apiTitle());
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        ServiceContract.assertReadyWithDatabaseAndKafka();
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.withRoles("admin")).accept(ContentType.JSON).get("/no-such-route")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:los:problem:not-found"));
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsAProblem() {
        Endpoint withBody = endpoints().stream().filter(Endpoint::hasBody).findFirst().orElse(null);
        if (withBody == null) {
            return; // nothing of this service takes a body
        }
        String role = withBody.allowed().iterator().next();
        String token = role.equals("customer") ? TestTokens.customer(UUID.randomUUID())
                : TestTokens.withRoles(role);
        given().auth().oauth2(token).contentType(ContentType.XML).body("<consent/>")
                .request(withBody.method(), withBody.samplePath())
                .then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        given().auth().oauth2(TestTokens.forAnotherAudience("privacy-officer")).accept(ContentType.JSON).get("/data-map")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.withRoles("privacy-officer")).accept(ContentType.JSON).get("/data-map")
                .then().statusCode(200);
    }

    @Test
    void metricsArePublishedForPrometheusOnTheManagementInterfaceOnly() {
        given().get(ManagementInterface.url("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("los_outbox_backlog"))
                .body(containsString("http_server_requests_seconds"));
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }
}
