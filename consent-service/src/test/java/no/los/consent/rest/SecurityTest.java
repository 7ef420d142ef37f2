package no.los.consent.rest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.EndpointSecurityContract;

/** Who may call what: every operation of consent-service and the roles it admits. */
@QuarkusTest
class SecurityTest {

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.get("/me/consents", "customer"),
            Endpoint.put("/me/consents/{purpose}", "customer").with("purpose", "NEWSLETTER_EMAIL"),
            Endpoint.delete("/me/consents/{purpose}", "customer").with("purpose", "NEWSLETTER_EMAIL"),
            Endpoint.get("/customers/{customerId}/consents", "agent", "privacy-officer"),
            Endpoint.post("/customers/{customerId}/consents/{purpose}/withdrawal", "agent", "privacy-officer")
                    .with("purpose", "NEWSLETTER_EMAIL"));

    @TestFactory
    Stream<DynamicTest> refusesEveryoneTheEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(ENDPOINTS);
    }

    @Test
    void theContractCoversEveryDocumentedOperation() {
        EndpointSecurityContract.coversEveryOperation(ENDPOINTS);
    }
}
