package no.los.dsar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import no.los.platform.test.CollectorTokenEndpoint;
import no.los.platform.test.RealInfrastructure;

/**
 * Every test of this module runs against a fresh PostgreSQL database, a real Kafka broker, signed
 * tokens, and a token endpoint that issues dsar-service's own client-credentials tokens.
 */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "dsar_test"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(CollectorTokenEndpoint.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
