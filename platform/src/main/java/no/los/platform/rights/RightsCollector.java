package no.los.platform.rights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;

/**
 * Only dsar-service may read a person's whole part: the {@code service} role is shared by every
 * machine client, so the token must also name the collector as its authorised party ({@code azp},
 * the client that obtained it with its own credentials). Used by the platform's part endpoints and
 * by any endpoint of a service that serves a part in another format (consumption's Green Button).
 */
@RequestScoped
public class RightsCollector {

    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "los.rights.collector-client-id", defaultValue = "dsar-service")
    String collectorClientId;

    /** Refuses (403) every caller but the collector. */
    public void requireCollector() {
        Object party = token.getClaim("azp");
        if (party == null || !collectorClientId.equals(party.toString().replace("\"", ""))) {
            throw new ForbiddenException();
        }
    }
}
