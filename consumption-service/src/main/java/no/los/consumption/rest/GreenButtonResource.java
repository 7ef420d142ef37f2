package no.los.consumption.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.consumption.privacy.GreenButtonExport;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.rights.RightsCollector;
import no.los.platform.security.Roles;

@Path("/rights/customers/{customerId}/green-button")
@Tag(name = "Rights of the data subject", description = "The service's data map, and its part of access and portability requests")
public class GreenButtonResource {

    public static final String ATOM_XML = "application/atom+xml";

    @Inject
    GreenButtonExport export;

    @Inject
    RightsCollector collector;

    @AccessLogged(category = "hourly-readings")
    @GET
    @Produces(ATOM_XML)
    @RolesAllowed(Roles.RIGHTS_COLLECTOR)
    @Operation(summary = "The person's hourly consumption as a Green Button (NAESB ESPI 3.3) Atom feed, streamed (dsar-service only)",
            description = "Per metering point a UsagePoint, MeterReading and ReadingType (Wh, powerOfTenMultiplier 0), "
                    + "and per Norwegian day an IntervalBlock of hourly IntervalReadings (start in epoch seconds, duration 3600).")
    @APIResponse(responseCode = "200", description = "The Atom feed", content = @Content(mediaType = ATOM_XML))
    public StreamingOutput greenButton(@PathParam("customerId") UUID customerId) {
        collector.requireCollector();
        return output -> export.write(customerId, output);
    }
}
