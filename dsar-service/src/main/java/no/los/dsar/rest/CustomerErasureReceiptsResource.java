package no.los.dsar.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.service.ErasureReceipts;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.security.Roles;

@Path("/customers/{id}/erasure-receipts")
@Tag(name = "Erasure receipts", description = "Every service's proof of what it erased for a customer and what it kept")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerErasureReceiptsResource {

    @Inject
    ErasureReceipts receipts;

    @AccessLogged(category = "erasure-receipts", customer = "id")
    @GET
    @RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "A customer's erasure receipts, newest first", description = "One per confirmation, "
            + "whatever triggered it: an erasure request, a withdrawn consent, an objection, the end of the "
            + "relationship, a bounced address, an expired retention period. An unknown customer has none.")
    @APIResponse(responseCode = "200", description = "The receipts")
    public Page<ReceiptView> receiptsOfCustomer(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return page.slice(receipts.ofCustomer(id).stream().map(ReceiptView::of).toList(), r -> r.id().toString());
    }
}
