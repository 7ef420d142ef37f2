package no.los.marketing.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.marketing.service.NewsletterStore;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.Roles;

@Path("/")
@Tag(name = "Newsletter subscriptions", description = "A customer's newsletter address as agents see it")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    @Inject
    NewsletterStore store;

    @GET
    @AccessLogged(category = "newsletter-address")
    @Path("customers/{customerId}/newsletter-subscription")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "A customer's newsletter address", description = "For customer service answering questions.")
    @APIResponse(responseCode = "200", description = "The subscription")
    public SubscriptionView subscriptionOfCustomer(@PathParam("customerId") UUID customerId) {
        return store.find(customerId).map(SubscriptionView::of)
                .orElseThrow(() -> new NotFoundProblem("Newsletter subscription"));
    }
}
