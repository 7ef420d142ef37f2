package no.los.consumption.rest;

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

import no.los.consumption.service.VisualisationApp;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/alerts")
@Tag(name = "My app", description = "The signed-in customer's visualisation app data, kept only with the VISUALISATION_APP consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyAlertsResource {

    @Inject
    VisualisationApp app;

    @Inject
    CurrentCustomer currentCustomer;

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My alerts in the app")
    @APIResponse(responseCode = "200", description = "The alerts set, possibly none")
    public AlertsView myAlerts() {
        return AlertsView.of(app.alerts(currentCustomer.id()));
    }

    @PUT
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Set my alerts", description = "Replaces the whole set. Needs the VISUALISATION_APP consent, "
            + "given in consent-service; the alerts are deleted when that consent is withdrawn.")
    @APIResponse(responseCode = "200", description = "The alerts now set")
    @APIResponse(responseCode = "409", description = "No VISUALISATION_APP consent is on record, or processing of "
            + "my data is restricted (Art. 18)")
    public AlertsView replaceMyAlerts(@NotNull @Valid AlertsRequest request) {
        return AlertsView.of(app.replaceAlerts(currentCustomer.id(), request.toAlerts()));
    }
}
