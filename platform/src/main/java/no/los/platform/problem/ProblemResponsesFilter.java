package no.los.platform.problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the problem responses that every operation can give, once for the whole suite instead
 * of on every resource method: 401 and 403 (every endpoint is secured), 400 where the operation
 * takes input, 404 where the path names something, and 500.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** A rate is at least one request an hour (TokenBuckets), so no caller waits longer for the next. */
    static final int MAX_RETRY_AFTER = 3600;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        describeProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || (item.getParameters() != null && !item.getParameters().isEmpty());
                if (takesInput) {
                    addIfMissing(operation, "400", "Invalid input: the problem names each field that failed");
                }
                addIfMissing(operation, "401", "No valid bearer token (missing, expired or not signed by the identity provider)");
                addIfMissing(operation, "403", "The token's role may not call this operation");
                if (path.contains("{")) {
                    addIfMissing(operation, "404", "The resource named in the path does not exist");
                }
                addIfMissing(operation, "429", "Too many requests from this caller; Retry-After says when to try again");
                operation.getResponses().getAPIResponse("429").addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before the next request")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(MAX_RETRY_AFTER))));
                addIfMissing(operation, "500", "Unexpected failure; the problem carries an incident id");
            }
        });
    }

    private static void describeProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text("The field, as a JSON path into the request", Problem.MAX_FIELD))
                .addProperty("message", text("What is wrong with it", Problem.MAX_MESSAGE));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail")
                .addProperty("type", text("Stable identifier of the kind of problem, e.g. urn:los:problem:validation",
                        Problem.MAX_TYPE).format("uri").pattern("^urn:los:problem:[a-z-]+$"))
                .addProperty("title", text("Short summary of the kind of problem", Problem.MAX_TITLE))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text("What went wrong in this case", Problem.MAX_DETAIL))
                .addProperty("instance", text("The request path", Problem.MAX_INSTANCE))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError)
                        .maxItems(Problem.MAX_ERRORS).description("The first " + Problem.MAX_ERRORS + " fields that failed"));
        openAPI.getComponents().addSchema("Problem", problem);
    }

    private static Schema text(String description, int maxLength) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description)
                .maxLength(maxLength);
    }

    private static void addIfMissing(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        if (existing == null) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                || existing.getContent().getMediaTypes().isEmpty()) {
            // Generated entries (e.g. "Bad Request" for validated bodies) say nothing of the body.
            existing.setContent(content);
        }
    }
}
