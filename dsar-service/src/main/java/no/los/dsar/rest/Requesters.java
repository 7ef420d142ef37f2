package no.los.dsar.rest;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import no.los.dsar.portability.Requester;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

/** Who is asking, from the signed token alone: the customer of a {@code /me} call, or a member of staff. */
@RequestScoped
class Requesters {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentCustomer currentCustomer;

    Requester dataSubject() {
        return Requester.dataSubject(currentCustomer.id(), subject());
    }

    Requester privacyOfficer() {
        return Requester.privacyOfficer(subject());
    }

    /** The privacy officer if the token says so, else an agent (who reaches only the requests they registered). */
    Requester staff() {
        return identity.hasRole(Roles.PRIVACY_OFFICER) ? privacyOfficer() : Requester.agent(subject());
    }

    private String subject() {
        return Optional.ofNullable(token.getSubject()).orElseGet(token::getName);
    }
}
