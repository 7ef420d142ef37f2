package no.los.dsar.rest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.EndpointSecurityContract;

/** Who may call what: every operation of dsar-service and the roles it admits. */
@QuarkusTest
class SecurityTest {

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.post("/requests", "agent", "privacy-officer"),
            Endpoint.get("/requests/{id}", "agent", "privacy-officer"),
            Endpoint.post("/me/requests", "customer"),
            Endpoint.get("/me/requests", "customer"));

    @TestFactory
    Stream<DynamicTest> refusesEveryoneTheEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(ENDPOINTS);
    }

    @Test
    void theContractCoversEveryDocumentedOperation() {
        EndpointSecurityContract.coversEveryOperation(ENDPOINTS);
    }
}
