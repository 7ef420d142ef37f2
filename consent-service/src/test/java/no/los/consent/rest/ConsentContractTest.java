package no.los.consent.rest;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.ServiceContractTest;

/** Who may call what: every operation of consent-service and the roles it admits.
 * Checked with the suite's shared contract: 401 and 403 problems, a documented API, readiness.
 */
@QuarkusTest
class ConsentContractTest extends ServiceContractTest {

    @Override
    protected String apiTitle() {
        return "LOS consent-service";
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get("/me/consents", "customer"),
                Endpoint.get("/me/consents/history", "customer"),
                Endpoint.put("/me/consents/{purpose}", "customer").with("purpose", "NEWSLETTER_EMAIL"),
                Endpoint.delete("/me/consents/{purpose}", "customer").with("purpose", "NEWSLETTER_EMAIL"),
                Endpoint.get("/customers/{customerId}/consents", "agent", "privacy-officer"),
                Endpoint.post("/customers/{customerId}/consents/{purpose}/withdrawal", "agent", "privacy-officer")
                        .with("purpose", "NEWSLETTER_EMAIL"),
                Endpoint.get("/me/objections", "customer"),
                Endpoint.post("/me/objections", "customer"),
                Endpoint.get("/customers/{customerId}/objections", "agent", "privacy-officer", "admin"),
                Endpoint.post("/customers/{customerId}/objections", "agent", "privacy-officer", "admin"),
                Endpoint.post("/customers/{customerId}/objections/{objectionId}/decision", "privacy-officer", "admin"),
                Endpoint.get("/data-map", "privacy-officer", "admin"),
                Endpoint.get("/access-log", "privacy-officer"),
                Endpoint.get("/access-log/verification", "privacy-officer", "admin"),
                Endpoint.get("/rights/customers/{customerId}/access", "rights-collector"),
                Endpoint.get("/rights/customers/{customerId}/portable", "rights-collector"));
    }
}
