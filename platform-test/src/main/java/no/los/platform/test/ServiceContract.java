package no.los.platform.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What every service promises its operators and partner teams, checked the same way everywhere:
 * a documented API and readiness that reflects the database and the broker.
 */
public final class ServiceContract {

    private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "delete", "patch");

    private ServiceContract() {
    }

    /**
     * The OpenAPI document has the service's title, and every operation has a unique operation id
     * (generated clients name their methods by it), a summary, a tag, and problem responses for
     * 401, 403 and 500.
     */
    @SuppressWarnings("unchecked")
    public static void assertApiDocumented(String title) {
        JsonPath document = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(title, document.getString("info.title"));
        assertNotNull(document.get("components.schemas.Problem"), "the Problem schema is documented");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        assertFalse(paths.isEmpty(), "the service documents its operations");
        Set<Object> operationIds = new HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!HTTP_METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            String name = method.toUpperCase() + " " + path;
            assertNotNull(operation.get("operationId"), name + " has an operation id");
            assertTrue(operationIds.add(operation.get("operationId")), name + " has a unique operation id");
            assertNotNull(operation.get("summary"), name + " has a summary");
            assertNotNull(operation.get("tags"), name + " has a tag");
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String status : Set.of("401", "403", "500")) {
                Map<String, Object> response = (Map<String, Object>) responses.get(status);
                assertNotNull(response, name + " documents " + status);
                Map<String, Object> content = (Map<String, Object>) response.get("content");
                assertTrue(content != null && content.containsKey("application/problem+json"),
                        name + " documents " + status + " as a problem");
            }
        }));
    }

    /** Readiness is UP on the management interface, and it checks both the database and Kafka. */
    public static void assertReadyWithDatabaseAndKafka() {
        JsonPath health = given().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200).extract()
                .jsonPath();
        assertEquals("UP", health.getString("status"));
        String checks = health.getList("checks.name").toString();
        assertTrue(checks.contains("Database"), "readiness checks the database: " + checks);
        assertTrue(checks.contains("Kafka"), "readiness checks Kafka: " + checks);
    }
}
