package no.los.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The customer behind a {@code /me} request, taken from the signed token alone: its
 * {@code customer_id} claim. A path parameter can never widen what a customer reaches.
 */
@RequestScoped
public class CurrentCustomer {

    public static final String CLAIM = "customer_id";

    /** A customer token that names no customer (a misconfigured client or identity provider): 403. */
    public static class NoCustomerInToken extends RuntimeException {

        NoCustomerInToken(String detail) {
            super(detail);
        }
    }

    @Inject
    JsonWebToken token;

    public UUID id() {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            throw new NoCustomerInToken("The token carries no customer id: sign in as a customer");
        }
        try {
            return UUID.fromString(claim.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw new NoCustomerInToken("The token's customer id is not a UUID");
        }
    }
}
