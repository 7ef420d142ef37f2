package no.los.consent.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consent.Purpose;
import no.los.consent.service.ConsentLedger;
import no.los.consent.service.ConsentLedger.ConsentState;
import no.los.consent.service.ConsentLedger.WithdrawConsent;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.customers.KnownCustomers;
import no.los.platform.http.PageQuery;
import no.los.platform.security.Roles;

@Path("/customers/{customerId}/consents")
@Tag(name = "Customer consents", description = "Consents as customer service and the privacy officer see and handle them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerConsentsResource {

    @Inject
    ConsentLedger ledger;

    @Inject
    KnownCustomers knownCustomers;

    @AccessLogged(category = "consent-ledger")
    @GET
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "A customer's consents and their full ledger", description = "Proves when each consent was "
            + "valid. The ledger oldest entry first, a page at a time: pass history.next as after for the following "
            + "page, until it is absent.")
    @APIResponse(responseCode = "200", description = "Current states and history; after an erasure, the evidence still kept")
    @APIResponse(responseCode = "404", description = "No such customer, and no evidence kept for the id")
    public ConsentHistoryView consentHistoryOfCustomer(@PathParam("customerId") UUID customerId,
            @Valid @BeanParam PageQuery page) {
        ConsentHistoryView view = ConsentHistoryView.of(customerId, ledger.currentStates(customerId),
                ledger.history(customerId), page);
        if (view.history().items().isEmpty() && page.after() == null) {
            knownCustomers.require(customerId);
        }
        return view;
    }

    @AccessLogged(category = "consent-ledger")
    @POST
    @Path("/{purpose}/withdrawal")
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
    @Operation(summary = "Record a withdrawal received on the customer's behalf",
            description = "For withdrawals sent by e-mail to personvern@los.no or by SMS (R16).")
    @APIResponse(responseCode = "200", description = "The purpose's state after withdrawal")
    @APIResponse(responseCode = "404", description = "No such customer: nothing is recorded")
    public ConsentState recordWithdrawal(@PathParam("customerId") UUID customerId,
            @PathParam("purpose") @Parameter(example = "NEWSLETTER_EMAIL", schema = @Schema(implementation = Purpose.class))
            String purpose,
            @NotNull @Valid WithdrawConsentRequest request) {
        knownCustomers.require(customerId);
        return ledger.withdraw(new WithdrawConsent(customerId, Purpose.parse(purpose), request.channel(),
                request.evidence()));
    }
}
