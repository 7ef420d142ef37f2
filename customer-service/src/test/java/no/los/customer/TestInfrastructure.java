package no.los.customer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import no.los.platform.test.LoginAccountsStandIn;
import no.los.platform.test.NotificationsStandIn;
import no.los.platform.test.PopulationRegisterStandIn;
import no.los.platform.test.RealInfrastructure;

/**
 * Every test of this module runs against a fresh PostgreSQL database, a real Kafka broker, signed
 * tokens, identity keys made up for the run, and real HTTP servers standing in for Keycloak's admin API,
 * the notification provider and the population register.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "customer_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(IdentityKeys.class)
@QuarkusTestResource(LoginAccountsStandIn.class)
@QuarkusTestResource(NotificationsStandIn.class)
@QuarkusTestResource(PopulationRegisterStandIn.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
