package no.los.marketing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import no.los.platform.test.RealInfrastructure;

/**
 * Every test of this module runs against a fresh PostgreSQL database, a real Kafka broker, signed
 * tokens and suppression keys made up for the run.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "marketing_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SuppressionKeys.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
