package no.los.consumption.rest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.EndpointSecurityContract;

/**
 * Who may call what. Marketing is refused everywhere: it may use segments, never hourly
 * consumption (R2).
 */
@QuarkusTest
class SecurityTest {

    private static final String GSRN = "707057500042745649";

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.put("/metering-points/{meteringPointId}/readings", "service", "agent").with("meteringPointId", GSRN),
            Endpoint.get("/metering-points/{meteringPointId}/readings", "agent", "service").with("meteringPointId", GSRN),
            Endpoint.get("/me/consumption/hourly", "customer"));

    @TestFactory
    Stream<DynamicTest> refusesEveryoneTheEndpointDoesNotAdmit() {
        return EndpointSecurityContract.refusals(ENDPOINTS);
    }

    @Test
    void theContractCoversEveryDocumentedOperation() {
        EndpointSecurityContract.coversEveryOperation(ENDPOINTS);
    }
}
