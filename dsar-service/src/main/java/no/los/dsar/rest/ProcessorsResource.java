package no.los.dsar.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.processors.ProcessorRegister;
import no.los.platform.http.Page;
import no.los.platform.http.PageQuery;
import no.los.platform.problem.NotFoundProblem;
import no.los.platform.security.Roles;

@Path("/processors")
@Tag(name = "Processor register", description = "The processors that process personal data for LOS under a data "
        + "processing agreement (GDPR Art. 28), with every change to their entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcessorsResource {

    @Inject
    ProcessorRegister register;

    @Inject
    JsonWebToken token;

    @GET
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "The register, ended agreements included, by legal name")
    @APIResponse(responseCode = "200", description = "The processors")
    public Page<ProcessorView> listProcessors(@Valid @BeanParam PageQuery page) {
        return page.slice(register.all().stream().map(ProcessorView::of).toList(), p -> p.id().toString());
    }

    @POST
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Register a processor and its data processing agreement",
            description = "Writes revision 1 with the caller's token subject. A legal name already registered, in "
                    + "whatever case, is a 409 problem.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProcessorView.class)))
    @APIResponse(responseCode = "409", description = "A processor with this legal name is already registered")
    public Response registerProcessor(@NotNull @Valid ProcessorBody body, @Context UriInfo uri) {
        ProcessorView registered = ProcessorView.of(register.register(body.details(), token.getSubject()));
        return Response.created(uri.getAbsolutePathBuilder().path(registered.id().toString()).build())
                .entity(registered).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "A processor's entry at its latest revision")
    @APIResponse(responseCode = "200", description = "The processor")
    public ProcessorView getProcessor(@PathParam("id") UUID id) {
        return register.find(id).map(ProcessorView::of).orElseThrow(() -> new NotFoundProblem("Processor"));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Revise a processor's entry, or end it (status ENDED with endedOn)",
            description = "The entry becomes what the body says, and a revision records it with the caller's token "
                    + "subject. A body that changes nothing writes no revision.")
    @APIResponse(responseCode = "200", description = "The entry as it is now")
    @APIResponse(responseCode = "409", description = "Another processor has this legal name")
    public ProcessorView reviseProcessor(@PathParam("id") UUID id, @NotNull @Valid ProcessorBody body) {
        return ProcessorView.of(register.revise(id, body.details(), token.getSubject()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Every revision of a processor's entry, the first first: who changed it, when, and what it became")
    @APIResponse(responseCode = "200", description = "The revisions")
    public Page<ProcessorRevisionView> processorHistory(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return page.slice(register.history(id).stream().map(ProcessorRevisionView::of).toList(),
                r -> String.valueOf(r.revision()));
    }
}
