package no.los.platform.openapi;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import no.los.platform.http.RateLimitHeaders;

/**
 * Documents the headers that every response of the API carries, on every response of every
 * operation: the caller's rate limit ({@link RateLimitHeaders}, sent on every request the limit
 * counted, which is every request that reaches the API) and {@code Access-Control-Allow-Origin}
 * (Quarkus' CORS filter, sent when the request came from one of the frontend origins configured in
 * {@code quarkus.http.cors.origins}).
 */
public class ResponseHeadersDocumentation implements OASFilter {

    /** A serialized origin (scheme, host of at most 253 characters, port) is shorter than this. */
    static final int MAX_ORIGIN_LENGTH = 300;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(ResponseHeadersDocumentation::describe);
            }
        }));
    }

    private static void describe(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        response.addHeader(RateLimitHeaders.LIMIT, count(1,
                "Requests this caller (the token's subject; without a valid token, the client address) may make at once"));
        response.addHeader(RateLimitHeaders.REMAINING, count(0,
                "Requests this caller may still make right now, after this one"));
        response.addHeader(RateLimitHeaders.RESET, count(0,
                "Seconds until this caller may make its full burst again"));
        response.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("Sent to a browser when the request's Origin is one of the frontend origins this "
                        + "deployment allows (quarkus.http.cors.origins); that origin, echoed")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .maxLength(MAX_ORIGIN_LENGTH)));
    }

    private static Header count(int minimum, String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(Integer.MAX_VALUE)));
    }
}
