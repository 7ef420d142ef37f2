package no.los.dsar.rest;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.ServiceContractTest;

/** Who may call what: every operation of dsar-service and the roles it admits.
 * Checked with the suite's shared contract: 401 and 403 problems, a documented API, readiness.
 */
@QuarkusTest
class DsarContractTest extends ServiceContractTest {

    @Override
    protected String apiTitle() {
        return "LOS dsar-service";
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
                Endpoint.post("/requests", "agent", "privacy-officer"),
                Endpoint.get("/requests", "privacy-officer", "admin"),
                Endpoint.get("/requests/{id}", "agent", "privacy-officer"),
                Endpoint.get("/customers/{id}/erasure-receipts", "agent", "privacy-officer", "admin"),
                Endpoint.post("/me/requests", "customer"),
                Endpoint.get("/me/requests", "customer"),
                Endpoint.get("/me/requests/{id}", "customer"));
    }
}
