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

import io.quarkus.security.identity.SecurityIdentity;

import no.los.dsar.report.Downloader;
import no.los.dsar.report.ReportDownloads;
import no.los.dsar.service.RequestFollowUp;
import no.los.platform.accesslog.AccessLogContext;
import no.los.platform.accesslog.AccessLogged;
import no.los.platform.security.Roles;

@Path("/requests/{id}/report")
@Tag(name = "Requests", description = "Data-subject requests as customer service and the privacy officer handle them")
@RolesAllowed({ Roles.AGENT, Roles.PRIVACY_OFFICER })
public class AccessReportResource {

    @Inject
    ReportDownloads downloads;

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Inject
    RequestFollowUp followUp;

    @Inject
    AccessLogContext accessLog;

    @AccessLogged(category = "access-reports", customer = "")
    @GET
    @Operation(summary = "Download the answer to an access request, to hand it to the person",
            description = "The privacy officer may download any report; an agent only the report of a request that "
                    + "agent registered on the person's behalf. Accept application/json, text/html or "
                    + "application/pdf. Every download is recorded with who made it.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/json"), @Content(mediaType = "text/html"),
            @Content(mediaType = "application/pdf") })
    @APIResponse(responseCode = "406", description = "None of the formats offered is acceptable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The report is not complete yet: some service's part is not in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "The report's download period has ended and it was deleted",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response downloadAccessReport(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        String role = identity.hasRole(Roles.PRIVACY_OFFICER) ? Roles.PRIVACY_OFFICER : Roles.AGENT;
        Response report = ReportHttp.download(downloads.forStaff(id, new Downloader(token.getSubject(), role),
                ReportHttp.formatFor(headers.getAcceptableMediaTypes())));
        followUp.customerOf(id).ifPresent(accessLog::concerns);
        return report;
    }
}
