package no.los.platform.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The security contract every endpoint of every service keeps: no token, a forged token and an
 * expired token are refused with 401; a valid token with a role the endpoint does not name is
 * refused with 403 — each as a problem response. And the list handed in must cover every operation
 * of the service's OpenAPI document, so a new endpoint cannot slip past the contract.
 */
public final class EndpointSecurityContract {

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

    private EndpointSecurityContract() {
    }

    public static Stream<DynamicTest> refusals(List<Endpoint> endpoints) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            tests.add(DynamicTest.dynamicTest(endpoint + " without a token is 401",
                    () -> expect(401, call(endpoint, null))));
            tests.add(DynamicTest.dynamicTest(endpoint + " with a forged token is 401",
                    () -> expect(401, call(endpoint, TestTokens.forged(anyAllowed(endpoint))))));
            tests.add(DynamicTest.dynamicTest(endpoint + " with an expired token is 401",
                    () -> expect(401, call(endpoint, TestTokens.expired(anyAllowed(endpoint))))));
            for (String role : new TreeSet<>(TestTokens.ALL_ROLES)) {
                if (!endpoint.allowed().contains(role)) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " as " + role + " is 403",
                            () -> expect(403, call(endpoint, TestTokens.withRoles(role)))));
                }
            }
        }
        return tests.stream();
    }

    /**
     * What each machine identity of the realm may do here, read from the realm: a token for another
     * API is refused with 401, a role the endpoint does not name with 403, and a role it names gets past
     * the door (whatever the sample request then earns).
     */
    public static Stream<DynamicTest> machineIdentities(String service, List<Endpoint> endpoints) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Realm.MachineClient client : Realm.machineClients()) {
            String token = TestTokens.machine(client);
            for (Endpoint endpoint : endpoints) {
                if (!client.audiences().contains(service)) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " refuses " + client.clientId() + " (not its audience) with 401",
                            () -> expect(401, call(endpoint, token))));
                } else if (client.roles().stream().noneMatch(endpoint.allowed()::contains)) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " refuses " + client.clientId() + " with 403",
                            () -> expect(403, call(endpoint, token))));
                } else {
                    tests.add(DynamicTest.dynamicTest(endpoint + " lets " + client.clientId() + " in", () -> {
                        Response response = call(endpoint, token);
                        assertTrue(response.statusCode() != 401 && response.statusCode() != 403,
                                () -> "refused with " + response.statusCode() + ": " + response.asString());
                    }));
                }
            }
        }
        return tests.stream();
    }

    /** Asserts that the endpoints listed are exactly the operations the OpenAPI document describes. */
    @SuppressWarnings("unchecked")
    public static void coversEveryOperation(List<Endpoint> endpoints) {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(HTTP_METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> listed = new TreeSet<>();
        endpoints.forEach(endpoint -> listed.add(endpoint.toString()));
        assertEquals(documented, listed, "the security contract must list every documented operation");
    }

    private static String anyAllowed(Endpoint endpoint) {
        return endpoint.allowed().iterator().next();
    }

    /** Calls the endpoint with its sample path (and an empty body of its type where it takes one), as the contract does. */
    public static Response call(Endpoint endpoint, String token) {
        // Any representation: the refusal must come before content negotiation matters (an NDJSON or XML endpoint too).
        RequestSpecification request = given().accept("application/json, */*;q=0.1");
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (endpoint.hasBody() && endpoint.bodyType().equals("application/json")) {
            request = request.contentType(ContentType.JSON).body("{}");
        } else if (endpoint.hasBody()) {
            request = request.contentType(endpoint.bodyType()).body(new byte[0]);
        }
        return request.request(endpoint.method(), endpoint.samplePath());
    }

    private static void expect(int status, Response response) {
        assertEquals(status, response.statusCode(), () -> "unexpected status; body: " + response.asString());
        assertEquals("application/problem+json", response.contentType().split(";")[0]);
    }
}
