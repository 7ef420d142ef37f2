package no.los.customer.rest;

import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.customer.service.Worklist;
import no.los.customer.worklist.WorkItemKind;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.InvalidInputException;
import no.los.platform.security.Roles;

@Path("/work-items")
@Tag(name = "Work items", description = "Agents' follow-ups about customers, such as seeking a missing e-mail address")
@Produces(MediaType.APPLICATION_JSON)
public class WorkItemResource {

    @Inject
    Worklist worklist;

    @Inject
    AccessLogContext accessLog;

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @AccessLogged(category = "work-items,customer-identity", customer = "")
    @Operation(summary = "A work list: the open items of one kind, oldest first", description = "A page at a time: "
            + "pass the page's next as after for the following page, until next is absent. Each item names the "
            + "customer by id and name; open the customer for the rest.")
    @APIResponse(responseCode = "200", description = "A page of open items")
    public Page<WorkItemView> list(
            @NotNull @Size(max = 40) @QueryParam("kind") @Parameter(description = "Which work list", required = true,
                    schema = @Schema(implementation = WorkItemKind.class)) String kind,
            @Valid @BeanParam PageQuery page) {
        Page<WorkItemView> items = WorkItemView.of(worklist.page(kindOf(kind), page.after(), page.limit()));
        items.items().forEach(item -> accessLog.concerns(item.customerId()));
        return items;
    }

    private static WorkItemKind kindOf(String kind) {
        try {
            return WorkItemKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be one of " + Arrays.toString(WorkItemKind.values()));
        }
    }

    @POST
    @Path("/{itemId}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.ADMIN })
    @AccessLogged(category = "work-items", customer = "")
    @Operation(summary = "Close an item by hand", description = "With a reason that fits its kind: a missing e-mail "
            + "item closes with CUSTOMER_DECLINED. An item the customer's data answers (an e-mail address filled in) "
            + "closes by itself. The item is deleted.")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", description = "No open item with this id")
    public void close(@PathParam("itemId") UUID itemId, @NotNull @Valid WorkItemClosureRequest request) {
        accessLog.concerns(worklist.close(itemId, request.reason()));
    }
}
