package no.los.dsar.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.dsar.portability.PortablePartUnavailable;
import no.los.dsar.transfer.DirectTransferUnavailable;
import no.los.dsar.transfer.TransferFailed;
import no.los.platform.problem.Problem;

/**
 * The problems of exports and transfers whose cause lies beyond dsar-service: a service that did
 * not deliver its part (503, naming the service; nothing is handed out), and a receiver that did not
 * take a transfer (502; the transfer is on record as FAILED). Details name services, statuses and
 * exception classes, never data.
 */
public class PortabilityProblems {

    static final String UNAVAILABLE = "urn:los:problem:service-unavailable";
    static final String BAD_GATEWAY = "urn:los:problem:bad-gateway";

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response partUnavailable(PortablePartUnavailable e, UriInfo uri) {
        return respond(UNAVAILABLE, "A service is unavailable", 503, "The export cannot be built: " + e.getMessage()
                + ". Nothing was handed out; try again later.", uri);
    }

    @ServerExceptionMapper
    public Response transferUnavailable(DirectTransferUnavailable e, UriInfo uri) {
        return respond(UNAVAILABLE, "Direct transfer unavailable", 503, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response transferFailed(TransferFailed e, UriInfo uri) {
        return respond(BAD_GATEWAY, "The receiver did not take the export", 502, e.getMessage(), uri);
    }

    private Response respond(String type, String title, int status, String detail, UriInfo uri) {
        Problem problem = new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), List.of());
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail cannot be written", e);
        }
    }
}
