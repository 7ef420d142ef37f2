package no.los.marketing.rest;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.ServiceContractTest;

/** Who may call what: every operation of marketing-service and the roles it admits.
 * Checked with the suite's shared contract: 401 and 403 problems, a documented API, readiness.
 */
@QuarkusTest
class MarketingContractTest extends ServiceContractTest {

    @Override
    protected String apiTitle() {
        return "LOS marketing-service";
    }

    @Override
    protected List<Endpoint> endpoints() {
        return List.of(
                Endpoint.get("/me/newsletter-subscription", "customer"),
                Endpoint.put("/me/newsletter-subscription", "customer"),
                Endpoint.get("/newsletter/subscriptions", "marketing", "newsletter-delivery"),
                Endpoint.post("/newsletter/bounces", "newsletter-delivery", "marketing", "admin"),
                Endpoint.post("/newsletter/imports", "marketing", "admin"),
                Endpoint.get("/customers/{customerId}/newsletter-subscription", "agent", "privacy-officer"),
                Endpoint.get("/data-map", "privacy-officer", "admin"),
                Endpoint.get("/access-log", "privacy-officer"),
                Endpoint.get("/access-log/verification", "privacy-officer", "admin"),
                Endpoint.get("/rights/customers/{customerId}/access", "rights-collector"),
                Endpoint.get("/rights/customers/{customerId}/portable", "rights-collector"));
    }
}
