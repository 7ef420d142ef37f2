package no.los.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells every limited request what it left of its caller's limit (the IETF draft's fields, one
 * header each): {@code RateLimit-Limit} (the burst), {@code RateLimit-Remaining} (requests still
 * allowed right now) and {@code RateLimit-Reset} (seconds until a full burst is available again).
 * A 429 carries them too, with nothing remaining.
 */
public class RateLimitHeaders {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RateLimit.ALLOWANCE) instanceof Allowance allowance) {
            response.getHeaders().putSingle(LIMIT, allowance.limit());
            response.getHeaders().putSingle(REMAINING, allowance.remaining());
            response.getHeaders().putSingle(RESET, allowance.resetSeconds());
        }
    }
}
