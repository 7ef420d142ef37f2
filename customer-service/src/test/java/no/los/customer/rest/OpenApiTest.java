package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void documentsOperationsWithIdsAndProblemResponses() {
        given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("LOS customer-service"))
                .body("paths.'/customers'.post.operationId", equalTo("register"))
                .body("paths.'/customers'.post.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/customers/{id}'.get.responses.'404'", notNullValue())
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void healthIsUpWithDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
