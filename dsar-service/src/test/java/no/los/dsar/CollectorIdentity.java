package no.los.dsar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Key;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * How the stand-ins of the other services tell dsar-service's own identity, as the platform's
 * RightsCollector does: a token signed by the OIDC test server's key, with the {@code rights-collector}
 * role and dsar-service as its authorised party ({@code azp}), which only the CollectorTokenEndpoint issues.
 */
public final class CollectorIdentity {

    private static final JwtConsumer TOKENS = tokens();

    private CollectorIdentity() {
    }

    /** Whether the {@code Authorization} header carries dsar-service's own identity. */
    public static boolean carries(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            JwtClaims claims = TOKENS.processToClaims(authorization.substring("Bearer ".length()));
            return "dsar-service".equals(claims.getClaimValueAsString("azp"))
                    && claims.getStringListClaimValue("groups").contains("rights-collector");
        } catch (InvalidJwtException | MalformedClaimException e) {
            return false;
        }
    }

    private static JwtConsumer tokens() {
        try (InputStream jwk = CollectorIdentity.class.getResourceAsStream("/publicKey.jwk")) {
            Key key = JsonWebKey.Factory.newJwk(new String(jwk.readAllBytes(), StandardCharsets.UTF_8)).getKey();
            return new JwtConsumerBuilder().setVerificationKey(key).setRequireExpirationTime()
                    .setExpectedIssuer("https://server.example.com").setSkipDefaultAudienceValidation().build();
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("the OIDC test server's public key is on the test class path", e);
        }
    }
}
