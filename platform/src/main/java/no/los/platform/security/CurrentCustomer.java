package no.los.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;

/**
 * The customer behind a {@code /me} request, taken from the signed token alone: its
 * {@code customer_id} claim. A path parameter can never widen what a customer reaches.
 */
@RequestScoped
public class CurrentCustomer {

    public static final String CLAIM = "customer_id";

    @Inject
    JsonWebToken token;

    public UUID id() {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            throw new ForbiddenException("token carries no customer id");
        }
        try {
            return UUID.fromString(claim.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("token's customer id is not a UUID");
        }
    }
}
