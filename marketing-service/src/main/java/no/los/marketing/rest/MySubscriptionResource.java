package no.los.marketing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.service.NewsletterStore;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/newsletter-subscription")
@Tag(name = "My newsletter", description = "The signed-in customer's newsletter address")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class MySubscriptionResource {

    @Inject
    NewsletterStore store;

    @Inject
    CurrentCustomer currentCustomer;

    @GET
    @Operation(summary = "My newsletter address")
    @APIResponse(responseCode = "200", description = "The address the newsletter goes to")
    public SubscriptionView getMySubscription() {
        return store.find(currentCustomer.id()).map(SubscriptionView::of)
                .orElseThrow(() -> new NotFoundProblem("Newsletter subscription"));
    }

    @PUT
    @Operation(summary = "Set my newsletter address", description = "Needs the NEWSLETTER_EMAIL consent, given in "
            + "consent-service; the address is kept only while that consent lasts. Subscribing after a fresh consent "
            + "lifts an earlier withdrawal from the suppression list; an objection to direct marketing is never lifted here.")
    @APIResponse(responseCode = "200", description = "Subscribed")
    @APIResponse(responseCode = "409", description = "No newsletter consent is on record, or the customer or the "
            + "address is on the suppression list")
    public SubscriptionView subscribeMe(@NotNull @Valid SubscribeRequest request) {
        return SubscriptionView.of(store.subscribe(currentCustomer.id(), new NewsletterAddress(request.email())));
    }
}
