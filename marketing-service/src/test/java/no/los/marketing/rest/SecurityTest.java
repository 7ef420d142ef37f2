package no.los.marketing.rest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.EndpointSecurityContract;

/** Who may call what: every operation of marketing-service and the roles it admits. */
@QuarkusTest
class SecurityTest {

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.get("/me/newsletter-subscription", "customer"),
            Endpoint.put("/me/newsletter-subscription", "customer"),
            Endpoint.get("/newsletter/subscriptions", "marketing", "service"),
            Endpoint.get("/customers/{customerId}/newsletter-subscription", "agent", "privacy-officer"));

    @TestFactory
    Stream<DynamicTest> refusesEveryoneTheEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(ENDPOINTS);
    }

    @Test
    void theContractCoversEveryDocumentedOperation() {
        EndpointSecurityContract.coversEveryOperation(ENDPOINTS);
    }
}
