package no.los.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import no.los.platform.http.BodyTooLarge;
import no.los.platform.http.TooManyRequests;
import no.los.platform.security.CurrentCustomer;

/**
 * Turns every failure of a request into an RFC 9457 problem response. Details name the field and
 * the rule that failed, never the submitted value: request bodies carry personal data.
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(ProblemType.VALIDATION, 400, "The request breaks a rule of the domain", uri,
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(ProblemType.VALIDATION, 400, "The request has invalid fields", uri, errors);
    }

    /** Named explicitly: Quarkus maps {@link MismatchedInputException} itself, and the closest type wins. */
    @ServerExceptionMapper({ JsonMappingException.class, MismatchedInputException.class })
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("body");
        return respond(ProblemType.UNREADABLE, 400, "The request body does not match the expected structure", uri,
                List.of(new Problem.FieldError(field, "has the wrong type or format")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.UNREADABLE, 400, "The request body is not well-formed JSON", uri, List.of());
    }

    /** A race lost between check and write (the same number registered twice at once): a conflict. */
    @ServerExceptionMapper
    public Response storedMeanwhile(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(ProblemType.CONFLICT, 409, "The request clashes with data stored meanwhile; read and try again",
                uri, List.of());
    }

    /** A value the database cannot hold (out of range): refused, nothing stored. */
    @ServerExceptionMapper
    public Response unstorableValue(DataException e, UriInfo uri) {
        return respond(ProblemType.VALIDATION, 400, "A value is out of the range that can be stored", uri, List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(ProblemType.NOT_FOUND, 404, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response noSuchRoute(NotFoundException e, UriInfo uri) {
        return respond(ProblemType.NOT_FOUND, 404, "No resource at this path", uri, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictProblem e, UriInfo uri) {
        return respond(ProblemType.CONFLICT, 409, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED, 401,
                "A valid bearer token is required", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, 403, "Your role may not do this", uri, List.of());
    }

    @ServerExceptionMapper
    public Response noCustomerInToken(CurrentCustomer.NoCustomerInToken e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, 403, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLarge e, UriInfo uri) {
        return respond(ProblemType.BODY_TOO_LARGE, 413, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequests e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.TOO_MANY_REQUESTS, 429, e.getMessage(), uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response dependencyUnavailable(DependencyUnavailable e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE, 503, e.getMessage(), uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, 30)
                .build();
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        return respond(ProblemType.METHOD_NOT_ALLOWED, 405, "This method is not offered at this path", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415, "This operation does not take that Content-Type: "
                + "send application/json, or the type its OpenAPI request body names (application/x-ndjson for a delivery)",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return respond(ProblemType.NOT_ACCEPTABLE, 406, "This resource answers in application/json", uri, List.of());
    }

    @ServerExceptionMapper
    public Response otherHttpFailure(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return respond(ProblemType.HTTP, status, Response.Status.fromStatusCode(status) == null ? "Request failed"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        // The message is left out on purpose: a driver or library message may quote stored values.
        StackTraceElement origin = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.errorf("Unhandled %s at %s (incident %s)", e.getClass().getName(), origin, incident);
        return respond(ProblemType.INTERNAL, 500, "Something went wrong on our side; incident " + incident, uri,
                List.of());
    }

    private Response respond(ProblemType type, int status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.getPath(), errors);
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem detail cannot be written", e);
        }
    }

    /**
     * The JSON path of the violated property, e.g. {@code readings[0].kwh}: without the Java method
     * name, and without the parameter name when the violation is inside a request body.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        boolean insideBody = nodes.stream().anyMatch(node -> node.getKind() == ElementKind.PROPERTY);
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.PARAMETER && !insideBody) {
                field.append(node.getName());
            } else if (node.getKind() == ElementKind.PROPERTY) {
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
