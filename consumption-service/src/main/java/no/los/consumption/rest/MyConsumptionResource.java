package no.los.consumption.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consumption.Period;
import no.los.consumption.ReadingCursor;
import no.los.consumption.service.ConsumptionHistory;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/consumption")
@Tag(name = "My consumption", description = "The signed-in customer's own hourly consumption")
@Produces(MediaType.APPLICATION_JSON)
public class MyConsumptionResource {

    @Inject
    ConsumptionHistory history;

    @Inject
    CurrentCustomer currentCustomer;

    @GET
    @Path("/hourly")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My hourly consumption in a period, over all my metering points", description = "Per metering "
            + "point, oldest first, a page at a time: pass the page's next as after for the following page, until next "
            + "is absent.")
    @APIResponse(responseCode = "200", description = "A page of the readings")
    public Page<ReadingView> myHourlyConsumption(
            @QueryParam("from") @Parameter(description = "Inclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String from,
            @QueryParam("to") @Parameter(description = "Exclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String to,
            @Valid @BeanParam PageQuery page) {
        Period period = Period.parse(from, to);
        List<ReadingView> readOneMore = history.ofCustomer(currentCustomer.id(), period,
                ReadingCursor.parse(page.after()), page.limit() + 1).stream().map(ReadingView::of).toList();
        return Page.of(readOneMore, page.limit(), ReadingView::cursor);
    }
}
