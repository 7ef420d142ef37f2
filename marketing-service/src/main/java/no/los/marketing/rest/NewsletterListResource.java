package no.los.marketing.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.NewsletterSubscription;
import no.los.marketing.service.NewsletterBounces;
import no.los.marketing.service.NewsletterBounces.BounceOutcome;
import no.los.marketing.service.NewsletterBounces.Bounced;
import no.los.marketing.service.NewsletterImport;
import no.los.marketing.service.NewsletterImport.ImportOutcome;
import no.los.marketing.service.NewsletterStore;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.BulkIntake;
import no.los.platform.http.Page;
import no.los.platform.security.Roles;

@Path("/newsletter")
@Tag(name = "Newsletter list", description = "The e-mail store as marketing and the e-mail service see it: "
        + "the list, bounces, imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsletterListResource {

    @Inject
    NewsletterStore store;

    @Inject
    NewsletterBounces bounces;

    @Inject
    NewsletterImport imports;

    @Inject
    AccessLogContext accessLog;

    @AccessLogged(category = "newsletter-address", customer = "")
    @GET
    @Path("subscriptions")
    @RolesAllowed({ Roles.MARKETING, Roles.NEWSLETTER_DELIVERY })
    @Operation(summary = "Everyone the monthly newsletter goes to, a page at a time",
            description = "Only consented addresses exist here, and a person whose processing is restricted "
                    + "(Art. 18) is left out. In customer-id order; pass the page's next as after "
                    + "for the following page, until next is absent.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public Page<SubscriptionView> listSubscriptions(
            @QueryParam("after") @Parameter(description = "The next of the previous page") UUID after,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(Page.MAX_SIZE) int limit) {
        Page<NewsletterSubscription> page = store.page(after, limit);
        page.items().forEach(subscription -> accessLog.concerns(subscription.customerId()));
        return new Page<>(page.items().stream().map(SubscriptionView::of).toList(), page.next());
    }

    @AccessLogged(category = "newsletter-address,bounce-report", customer = "")
    @POST
    @Path("bounces")
    @ResponseStatus(202)
    @RolesAllowed({ Roles.NEWSLETTER_DELIVERY, Roles.MARKETING, Roles.ADMIN })
    @Operation(summary = "Report a bounced address", description = "Every subscription holding the address (in any "
            + "letter case) is deleted at once, hard or soft bounce, and each deletion is confirmed with the bounce id "
            + "as trigger. An unknown address deletes nothing.")
    @APIResponse(responseCode = "202", description = "Carried out; how many subscriptions went")
    public BounceOutcome reportBounce(@NotNull @Valid BounceRequest request) {
        Bounced bounced = bounces.report(new NewsletterAddress(request.email()), request.kind(), request.bouncedAt());
        bounced.customers().forEach(accessLog::concerns);
        return bounced.outcome();
    }

    @AccessLogged(category = "newsletter-address,suppression-entry,newsletter-consent", customer = "")
    @POST
    @BulkIntake
    @Path("imports")
    @RolesAllowed({ Roles.MARKETING, Roles.ADMIN })
    @Operation(summary = "Import addresses", description = "Adds or updates the addresses of customers with a newsletter "
            + "consent on record; a customer or address on the suppression list is never added back. Answers in counts only.")
    @APIResponse(responseCode = "200", description = "Imported; what was added, updated and skipped")
    public ImportOutcome importAddresses(@NotNull @Valid ImportRequest request) {
        List<NewsletterImport.Entry> entries = request.toEntries();
        ImportOutcome outcome = imports.importEntries(entries);
        entries.forEach(entry -> accessLog.concerns(entry.customerId())); // each checked against consent and suppression
        return outcome;
    }
}
