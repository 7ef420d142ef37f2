package no.los.consumption.rest;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.ServiceContractTest;

/**
 * Who may call what. Marketing is refused everywhere: it may use segments, never hourly
 * consumption or the app's data (R2). App data is the customer's own, through {@code /me} only.
 * The person's parts (access, portable, Green Button) are for the service role, and of the
 * service role for dsar-service only (the access, portable and Green Button tests in privacy/ check that).
 * Checked with the suite's shared contract: 401 and 403 problems, a documented API, readiness.
 */
@QuarkusTest
class ConsumptionContractTest extends ServiceContractTest {

    private static final String GSRN = "707057500042745649";

    @Override
    protected String apiTitle() {
        return "LOS consumption-service";
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
                Endpoint.put("/metering-points/{meteringPointId}/readings", "service", "agent").with("meteringPointId", GSRN),
                Endpoint.get("/metering-points/{meteringPointId}/readings", "agent", "service").with("meteringPointId", GSRN),
                Endpoint.get("/me/consumption/hourly", "customer"),
                Endpoint.get("/me/app-profile", "customer"),
                Endpoint.put("/me/app-profile", "customer"),
                Endpoint.get("/me/alerts", "customer"),
                Endpoint.put("/me/alerts", "customer"),
                Endpoint.get("/data-map", "privacy-officer", "admin", "service"),
                Endpoint.get("/rights/customers/{customerId}/access", "service"),
                Endpoint.get("/rights/customers/{customerId}/portable", "service"),
                Endpoint.get("/rights/customers/{customerId}/green-button", "service"));
    }
}
