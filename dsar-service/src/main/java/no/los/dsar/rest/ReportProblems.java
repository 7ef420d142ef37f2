package no.los.dsar.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.dsar.report.NotTheRegisteringAgent;
import no.los.dsar.report.ReportGone;
import no.los.platform.problem.Problem;
import no.los.platform.problem.ProblemType;

/**
 * The problems only a report download has: the format is not offered (406), the caller is an agent
 * who did not register the request (403), the report's download period is over (410).
 */
public class ReportProblems {

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response formatNotOffered(ReportHttp.FormatNotOffered e, UriInfo uri) {
        return respond(ProblemType.NOT_ACCEPTABLE.uri(), ProblemType.NOT_ACCEPTABLE.title(), 406, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notTheRegisteringAgent(NotTheRegisteringAgent e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.uri(), ProblemType.FORBIDDEN.title(), 403, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response reportGone(ReportGone e, UriInfo uri) {
        return respond(ProblemType.HTTP.uri(), "Gone", 410, e.getMessage(), uri);
    }

    private Response respond(String type, String title, int status, String detail, UriInfo uri) {
        Problem problem = new Problem(type, title, status, detail, uri.getPath(), List.of());
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail cannot be written", e);
        }
    }
}
