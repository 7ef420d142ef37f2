package no.los.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.ServiceContract;

@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsDocumentedWithItsProblems() {
        ServiceContract.assertApiDocumented("LOS customer-service");
        given().get("/q/openapi?format=json")
                .then().body("paths.'/customers'.post.operationId", equalTo("register"))
                .body("paths.'/customers'.post.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/customers/{id}'.get.responses.'404'", notNullValue());
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        ServiceContract.assertReadyWithDatabaseAndKafka();
    }
}
