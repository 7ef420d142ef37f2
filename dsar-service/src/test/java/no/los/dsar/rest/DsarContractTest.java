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
                Endpoint.get("/processors", "privacy-officer", "admin"),
                Endpoint.post("/processors", "privacy-officer"),
                Endpoint.get("/processors/{id}", "privacy-officer", "admin"),
                Endpoint.put("/processors/{id}", "privacy-officer"),
                Endpoint.get("/processors/{id}/history", "privacy-officer", "admin"),
                Endpoint.get("/records-of-processing", "privacy-officer", "admin"),
                Endpoint.get("/data-map", "privacy-officer", "admin"),
                Endpoint.get("/access-log", "privacy-officer"),
                Endpoint.get("/access-log/verification", "privacy-officer", "admin"),
                Endpoint.get("/rights/customers/{customerId}/access", "rights-collector"),
                Endpoint.get("/rights/customers/{customerId}/portable", "rights-collector"),
                Endpoint.get("/me/requests/{id}/export", "customer"),
                Endpoint.post("/me/requests/{id}/transfers", "customer"),
                Endpoint.get("/me/requests/{id}/transfers", "customer"),
                Endpoint.get("/me/transfer-endpoints", "customer"),
                Endpoint.get("/requests/{id}/export", "privacy-officer", "agent"),
                Endpoint.post("/requests/{id}/transfers", "privacy-officer"),
                Endpoint.get("/requests/{id}/transfers", "privacy-officer"),
                Endpoint.post("/transfer-endpoints", "privacy-officer"),
                Endpoint.get("/transfer-endpoints", "privacy-officer"),
                Endpoint.get("/transfer-endpoints/{id}", "privacy-officer"),
                Endpoint.put("/transfer-endpoints/{id}", "privacy-officer"),
                Endpoint.delete("/transfer-endpoints/{id}", "privacy-officer"),
                Endpoint.get("/transfers/signing-keys", "privacy-officer", "admin"),
                Endpoint.get("/me/requests/{id}", "customer"),
                Endpoint.get("/me/requests/{id}/report", "customer"),
                Endpoint.get("/requests/{id}/report", "agent", "privacy-officer"),
                Endpoint.post("/requests/{id}/extension", "privacy-officer"),
                Endpoint.post("/requests/{id}/refusal", "privacy-officer"),
                Endpoint.post("/requests/{id}/identity", "agent", "privacy-officer"),
                Endpoint.post("/requests/{id}/identity-code", "agent", "privacy-officer"),
                Endpoint.post("/requests/{id}/identity-code/verification", "agent", "privacy-officer"),
                Endpoint.post("/requests/{id}/approval", "privacy-officer"),
                Endpoint.post("/me/requests/{id}/withdrawal", "customer"),
                Endpoint.post("/requests/{id}/lifting-notice", "privacy-officer"),
                Endpoint.post("/requests/{id}/lifting", "privacy-officer"),
                Endpoint.get("/requests/{id}/recipients", "privacy-officer", "agent"),
                Endpoint.get("/me/requests/{id}/recipients", "customer"),
                Endpoint.get("/requests/{id}/letters", "privacy-officer", "agent"),
                Endpoint.get("/requests/{id}/letters/{letterId}", "privacy-officer", "agent"),
                Endpoint.get("/me/requests/{id}/letters", "customer"),
                Endpoint.get("/me/requests/{id}/letters/{letterId}", "customer"));
    }
}
