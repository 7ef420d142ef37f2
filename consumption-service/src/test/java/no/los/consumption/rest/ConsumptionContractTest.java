package no.los.consumption.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;

import no.los.platform.test.Endpoint;
import no.los.platform.test.EndpointSecurityContract;
import no.los.platform.test.Realm;
import no.los.platform.test.ServiceContractTest;
import no.los.platform.test.TestTokens;

/**
 * Who may call what. Marketing is refused everywhere: it may use segments, never hourly
 * consumption or the app's data (R2). App data is the customer's own, through {@code /me} only.
 * Readings are written by the billing integration only; agents read them. The person's parts
 * (access, portable, Green Button) are for the rights collector, and of it for dsar-service only
 * (the access, portable and Green Button tests in privacy/ check that). Checked with the suite's
 * shared contract: 401 and 403 problems, a documented API, readiness, the realm's machine identities.
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
                Endpoint.put("/metering-points/{meteringPointId}/readings", "billing").with("meteringPointId", GSRN),
                Endpoint.post("/readings/deliveries", "billing").sending(ElhubDeliveryResource.NDJSON),
                Endpoint.put("/prices/{priceArea}/{day}", "billing").with("priceArea", "NO2").with("day", "2026-12-09"),
                Endpoint.get("/prices/{priceArea}", "customer", "agent", "billing").with("priceArea", "NO2"),
                Endpoint.get("/metering-points/{meteringPointId}/readings", "agent", "billing").with("meteringPointId", GSRN),
                Endpoint.get("/me/consumption/hourly", "customer"),
                Endpoint.get("/me/consumption/periods", "customer"),
                Endpoint.get("/me/app-profile", "customer"),
                Endpoint.get("/me/consumption/similar-households", "customer"),
                Endpoint.put("/me/app-profile", "customer"),
                Endpoint.get("/me/alerts", "customer"),
                Endpoint.put("/me/alerts", "customer"),
                Endpoint.get("/data-map", "privacy-officer", "admin"),
                Endpoint.get("/access-log", "privacy-officer"),
                Endpoint.get("/access-log/verification", "privacy-officer", "admin"),
                Endpoint.get("/rights/customers/{customerId}/access", "rights-collector"),
                Endpoint.get("/rights/customers/{customerId}/portable", "rights-collector"),
                Endpoint.get("/rights/customers/{customerId}/green-button", "rights-collector"));
    }

    /**
     * R2 for machines too: whatever roles the realm gives marketing's side (its staff and its
     * e-mail integration), even a token that named consumption-service as its audience gets 403 everywhere.
     */
    @TestFactory
    Stream<DynamicTest> marketingsCredentialsReachNoConsumptionEndpoint() {
        Set<String> marketingRoles = new TreeSet<>(Set.of("marketing"));
        Realm.machineClients().stream()
                .filter(client -> client.audiences().contains("marketing-service"))
                .forEach(client -> marketingRoles.addAll(client.roles()));
        String token = TestTokens.machine(new Realm.MachineClient("marketing-service", marketingRoles,
                Set.of("consumption-service")));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            tests.add(DynamicTest.dynamicTest(endpoint + " refuses marketing " + marketingRoles,
                    () -> EndpointSecurityContract.call(endpoint, token).then().statusCode(403)));
        }
        return tests.stream();
    }
}
