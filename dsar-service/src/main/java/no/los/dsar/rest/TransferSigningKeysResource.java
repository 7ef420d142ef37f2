package no.los.dsar.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.transfer.TransferSigningKey;
import no.los.platform.security.Roles;

/**
 * The public key receivers verify transfer manifests with. Not public: the privacy officer hands the
 * key set to a receiver when adding it to the allow-list, and a receiver with a LOS service account
 * fetches it with its own token (the suite's security contract admits no unauthenticated operation).
 */
@Path("/transfers/signing-keys")
@Tag(name = "Transfer endpoints")
public class TransferSigningKeysResource {

    static final String JWK_SET = "application/jwk-set+json";

    @Inject
    TransferSigningKey keys;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, JWK_SET })
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "The public key that verifies transfer manifests (RS256), as a JWK set",
            description = "Empty while no transfer signing key is configured.")
    @APIResponse(responseCode = "200", description = "The JWK set (RFC 7517)")
    public Map<String, Object> signingKeys() {
        return keys.publicKeys();
    }
}
