package no.los.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Limits every caller of the API (OWASP API4): the caller is a verified token's subject, a person or
 * a machine client alike; a request without a valid token counts against its client address (the
 * peer as Quarkus sees it) under a limit of its own, so even the 401 answers are limited. Over the
 * limit a request is refused with a 429 problem and {@code Retry-After} before it does any work. What the request left of the
 * limit is kept on the request for {@link RateLimitHeaders}, which tells it on the response.
 */
@ApplicationScoped
public class RateLimit {

    /** The request property that holds the request's {@link Allowance}. */
    static final String ALLOWANCE = RateLimit.class.getName() + ".allowance";

    private final RateLimitConfig config;
    private final TokenBuckets subjects;
    private final TokenBuckets addresses;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    public RateLimit(RateLimitConfig config) {
        this.config = config;
        this.subjects = new TokenBuckets(config.perSecond(), config.burst(), System::nanoTime);
        this.addresses = new TokenBuckets(config.anonymousPerSecond(), config.anonymousBurst(), System::nanoTime);
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> limit(ContainerRequestContext request, HttpServerRequest connection) {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        String address = connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress();
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem(() -> null)
                .invoke(identity -> {
                    String subject = subject(identity);
                    Allowance allowance = subject == null ? addresses.take(address) : subjects.take(subject);
                    request.setProperty(ALLOWANCE, allowance);
                    if (!allowance.allowed()) {
                        throw new TooManyRequests(allowance.retryAfter());
                    }
                })
                .replaceWithVoid();
    }

    private static String subject(SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            return token.getSubject();
        }
        return null;
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetFullBuckets() {
        subjects.forgetFull();
        addresses.forgetFull();
    }
}
