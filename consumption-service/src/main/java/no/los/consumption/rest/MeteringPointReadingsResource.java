package no.los.consumption.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import no.los.consumption.HourlyReading;
import no.los.consumption.Period;
import no.los.consumption.service.ConsumptionHistory;
import no.los.consumption.service.ReadingsIntake;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.http.BulkIntake;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.security.Roles;

@Path("/metering-points/{meteringPointId}/readings")
@Tag(name = "Readings", description = "Hourly consumption per metering point, the invoicing basis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeteringPointReadingsResource {

    @Inject
    ReadingsIntake intake;

    @Inject
    ConsumptionHistory history;

    @Inject
    AccessLogContext accessLog;

    /** How many hours a batch stored. */
    public record Received(@Schema(maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN) String meteringPointId,
            @Schema(minimum = "1", maximum = "10000", description = "The hours stored (a request holds 1 to 10 000)") int hours) {
    }

    @AccessLogged(category = "hourly-readings")
    @PUT
    @BulkIntake
    @RolesAllowed(Roles.BILLING)
    @Operation(summary = "Receive hourly readings", description = "For a metering point customer-service has "
            + "registered; a value for an hour already stored replaces it (an Elhub correction). All or nothing.")
    @APIResponse(responseCode = "200", description = "Stored")
    public Received receiveReadings(@PathParam("meteringPointId") @Parameter(example = "707057500042745649",
            schema = @Schema(type = SchemaType.STRING, maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN))
            String meteringPointId,
            @NotNull @Valid ReadingsRequest request) {
        MeteringPointId id = new MeteringPointId(meteringPointId);
        ReadingsIntake.Received stored = intake.receive(id, request.toReadings());
        stored.customers().forEach(accessLog::concerns);
        return new Received(id.value(), stored.hours());
    }

    @AccessLogged(category = "hourly-readings")
    @GET
    @RolesAllowed({ Roles.AGENT, Roles.BILLING })
    @Operation(summary = "Hourly readings of a metering point in a period")
    @APIResponse(responseCode = "200", description = "The readings, oldest first: at most one an hour of a period of "
            + "at most 367 days", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    type = SchemaType.ARRAY, implementation = ReadingView.class, maxItems = Period.MAX_HOURS)))
    public List<ReadingView> readingsOfMeteringPoint(@PathParam("meteringPointId") @Parameter(example = "707057500042745649",
            schema = @Schema(type = SchemaType.STRING, maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN))
            String meteringPointId,
            @QueryParam("from") @Parameter(description = "Inclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String from,
            @QueryParam("to") @Parameter(description = "Exclusive, ISO-8601 with offset",
                    schema = @Schema(implementation = OffsetDateTime.class)) String to) {
        MeteringPointId id = new MeteringPointId(meteringPointId);
        List<HourlyReading> readings = history.ofMeteringPoint(id, Period.parse(from, to));
        readings.stream().map(HourlyReading::customerId).distinct().forEach(accessLog::concerns);
        return readings.stream().map(ReadingView::of).toList();
    }
}
