package no.los.dsar.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.los.dsar.report.Downloader;
import no.los.dsar.report.ReportDownloads;
import no.los.platform.security.CurrentCustomer;
import no.los.platform.security.Roles;

@Path("/me/requests/{id}/report")
@Tag(name = "My requests", description = "The signed-in customer exercises its rights on Min side")
@RolesAllowed(Roles.CUSTOMER)
public class MyAccessReportResource {

    @Inject
    ReportDownloads downloads;

    @Inject
    CurrentCustomer currentCustomer;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Download the answer to my access request",
            description = "Everything LOS holds about me, service by service, with purposes, legal basis, source, "
                    + "recipients, retention and safeguards, the other rights and where to complain. Accept "
                    + "application/json (the report, see docs/rights/access-report.schema.json), text/html or "
                    + "application/pdf (the document to read, in Norwegian). Another customer's request is not found.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json"), @Content(mediaType = "text/html"),
            @Content(mediaType = "application/pdf") })
    @APIResponse(responseCode = "406", description = "None of the formats offered is acceptable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The report is not complete yet: some service's part is not in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "The report's download period has ended and it was deleted",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response downloadMyAccessReport(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return ReportHttp.download(downloads.forDataSubject(id, currentCustomer.id(),
                new Downloader(token.getSubject(), Roles.CUSTOMER),
                ReportHttp.formatFor(headers.getAcceptableMediaTypes())));
    }
}
