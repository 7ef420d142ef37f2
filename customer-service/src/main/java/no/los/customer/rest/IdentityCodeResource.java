package no.los.customer.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.customer.notification.IdentityCodes;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.problem.Problem;
import no.los.platform.rights.RightsCollector;
import no.los.platform.security.Roles;

@Path("/customers/{customerId}/identity-codes")
@Tag(name = "Identity codes", description = "One-time codes that establish who made a request staff registered")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IdentityCodeResource {

    @Inject
    IdentityCodes codes;

    @Inject
    RightsCollector collector;

    @POST
    @RolesAllowed(Roles.RIGHTS_COLLECTOR)
    @AccessLogged(category = "contact-details", customer = "customerId")
    @Operation(summary = "Send a one-time code to the customer's registered e-mail or phone (dsar-service only)",
            description = "dsar-service makes the code for a request staff registered and keeps only its hash; this "
                    + "service sends it through the notification provider to the contact it holds, and answers with the "
                    + "address masked. The address never leaves customer-service.")
    @APIResponse(responseCode = "202", description = "Handed to the provider",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityCodes.Sent.class)))
    @APIResponse(responseCode = "404", description = "No such customer", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "No e-mail address or phone number registered for the channel",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The notification provider did not take the message",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response sendIdentityCode(@PathParam("customerId") UUID customerId,
            @NotNull @Valid IdentityCodeRequest request) {
        collector.requireCollector();
        return Response.accepted(codes.send(customerId, request.channel(), request.code(), request.validMinutes()))
                .build();
    }
}
