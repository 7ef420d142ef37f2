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

/**
 * Limits every caller of the API (OWASP API4): the caller is a verified token's subject, a person or
 * a machine client alike. Over the limit a request is refused with a 429 problem and
 * {@code Retry-After} before it does any work. A request without a valid token is not counted: it is
 * refused with 401 without touching any data (volumetric floods are the ingress' to stop).
 */
@ApplicationScoped
public class RateLimit {

    private final RateLimitConfig config;
    private final TokenBuckets buckets;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    public RateLimit(RateLimitConfig config) {
        this.config = config;
        this.buckets = new TokenBuckets(config.perSecond(), config.burst(), System::nanoTime);
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> limit(ContainerRequestContext request) {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem(() -> null)
                .invoke(identity -> {
                    String caller = caller(identity);
                    if (caller != null) {
                        buckets.take(caller).ifPresent(wait -> {
                            throw new TooManyRequests(wait);
                        });
                    }
                })
                .replaceWithVoid();
    }

    private static String caller(SecurityIdentity identity) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
            return token.getSubject();
        }
        return null;
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetFullBuckets() {
        buckets.forgetFull();
    }
}
