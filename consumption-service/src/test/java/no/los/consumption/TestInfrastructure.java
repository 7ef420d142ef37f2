package no.los.consumption;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import no.los.platform.test.RealInfrastructure;

/**
 * Every test of this module runs against a fresh PostgreSQL database, a real Kafka broker, signed tokens
 * and a real HTTP server in the price source's place.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "consumption_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PriceSourceStandIn.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
