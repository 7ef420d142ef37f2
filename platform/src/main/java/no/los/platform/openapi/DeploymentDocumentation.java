package no.los.platform.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Says where the API is served and how its tokens are checked. The server is the service itself,
 * relative to wherever the document was read ({@code /q/openapi} of that same service): the local
 * stack, a test run or production, where TLS ends in front of the service. Frontends and partners call the
 * API, so it is not internal. The bearer token's description says what Quarkus OIDC checks
 * ({@code quarkus.oidc.*} in the platform's settings).
 */
public class DeploymentDocumentation implements OASFilter {

    static final String SERVER_DESCRIPTION = "This service, at the address this document was read from: "
            + "the local stack (deploy/stack.sh, plain HTTP on 127.0.0.1 only), a test run, or production, "
            + "where TLS ends in front of the service (deploy/README.md)";

    static final String TOKEN_DESCRIPTION = "An OIDC access token of the LOS realm (Keycloak), a JWS. Checked as "
            + "RFC8725 (JWT best current practices) asks: the signature against the realm's published keys with the "
            + "algorithm the key declares (never 'none'), the issuer, the audience (this service's name in aud), "
            + "the expiry, and that it is an access token (typ Bearer), not an ID or refresh token.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description(SERVER_DESCRIPTION)
                .addExtension("x-internal", false)));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().values().forEach(scheme -> scheme.setDescription(TOKEN_DESCRIPTION));
        }
    }
}
