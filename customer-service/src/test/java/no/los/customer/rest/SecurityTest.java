package no.los.customer.rest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.EndpointSecurityContract;

/** Who may call what: every operation of customer-service and the roles it admits. */
@QuarkusTest
class SecurityTest {

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.post("/customers", "agent", "admin"),
            Endpoint.get("/customers/{id}", "agent", "privacy-officer", "admin"),
            Endpoint.post("/customers/{id}/metering-points", "agent", "admin"),
            Endpoint.get("/me", "customer"));

    @TestFactory
    Stream<DynamicTest> refusesEveryoneTheEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(ENDPOINTS);
    }

    @Test
    void theContractCoversEveryDocumentedOperation() {
        EndpointSecurityContract.coversEveryOperation(ENDPOINTS);
    }
}
