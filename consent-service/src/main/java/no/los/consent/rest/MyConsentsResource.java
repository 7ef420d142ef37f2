package no.los.consent.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consent.Channel;
import no.los.consent.Purpose;
import no.los.consent.service.ConsentLedger;
import no.los.consent.service.ConsentLedger.ConsentState;
import no.los.consent.service.ConsentLedger.GiveConsent;
import no.los.consent.service.ConsentLedger.WithdrawConsent;
import no.los.platform.http.PageQuery;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/consents")
@Tag(name = "My consents", description = "The signed-in customer gives and withdraws consents on Min side or in the app")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class MyConsentsResource {

    @Inject
    ConsentLedger ledger;

    @Inject
    CurrentCustomer currentCustomer;

    @GET
    @Operation(summary = "My consents, one per purpose")
    @APIResponse(responseCode = "200", description = "The current state of every purpose", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ConsentState.class, maxItems = Purpose.COUNT)))
    public List<ConsentState> listMyConsents() {
        return ledger.currentStates(currentCustomer.id());
    }

    @GET
    @Path("/history")
    @Operation(summary = "My consents and the full ledger behind them", description = "Shows when each consent was "
            + "given or withdrawn, through which channel and under which notice version (G1). The ledger oldest entry "
            + "first, a page at a time: pass history.next as after for the following page, until it is absent.")
    @APIResponse(responseCode = "200", description = "Current states and history")
    public ConsentHistoryView myConsentHistory(@Valid @BeanParam PageQuery page) {
        return ConsentHistoryView.of(currentCustomer.id(), ledger.currentStates(currentCustomer.id()),
                ledger.history(currentCustomer.id()), page);
    }

    @PUT
    @Path("/{purpose}")
    @Operation(summary = "Give consent to a purpose", description = "Records the channel, the notice version shown "
            + "and the evidence; giving it again under the same notice changes nothing. Refused (409) for "
            + "NEWSLETTER_EMAIL and MARKETING_SMS while an objection to direct marketing stands.")
    @APIResponse(responseCode = "200", description = "The purpose's state after giving")
    public ConsentState giveMyConsent(
            @PathParam("purpose") @Parameter(example = "NEWSLETTER_EMAIL", schema = @Schema(implementation = Purpose.class))
            String purpose,
            @NotNull @Valid GiveConsentRequest request) {
        return ledger.give(new GiveConsent(currentCustomer.id(), Purpose.parse(purpose), request.channel(),
                request.noticeVersion(), request.evidence()));
    }

    @DELETE
    @Path("/{purpose}")
    @Operation(summary = "Withdraw consent to a purpose", description = "One step, as easy as giving (G1); "
            + "processing for the purpose stops in every service.")
    @APIResponse(responseCode = "200", description = "The purpose's state after withdrawal")
    public ConsentState withdrawMyConsent(
            @PathParam("purpose") @Parameter(example = "NEWSLETTER_EMAIL", schema = @Schema(implementation = Purpose.class))
            String purpose,
            @QueryParam("channel") @Parameter(description = "Where the customer withdrew; MIN_SIDE if left out",
                    schema = @Schema(implementation = Channel.class)) String channel) {
        Channel where = channel == null ? Channel.MIN_SIDE : Channel.parse(channel);
        return ledger.withdraw(new WithdrawConsent(currentCustomer.id(), Purpose.parse(purpose), where,
                "Withdrawn by the customer in " + where));
    }
}
