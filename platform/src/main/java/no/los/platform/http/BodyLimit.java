package no.los.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Body limits per operation (OWASP API4): an ordinary JSON body may be {@code los.http.max-json-body}
 * (64 KiB); an operation marked {@link BulkIntake} up to {@code los.http.max-bulk-body} (8 MiB), and
 * one marked {@code @BulkIntake(streamed = true)} up to the server's
 * {@code quarkus.http.limits.max-body-size}, which also bounds bodies sent without a length.
 * A declared length beyond the limit is refused with a 413 problem before the body is read.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "los.http.max-json-body")
    MemorySize maxJsonBody;

    @ConfigProperty(name = "los.http.max-bulk-body")
    MemorySize maxBulkBody;

    @ServerRequestFilter
    public void limit(ContainerRequestContext request, SimpleResourceInfo resource) {
        int length = request.getLength();
        if (length <= maxJsonBody.asLongValue() || resource == null || resource.getResourceClass() == null) {
            return;
        }
        BulkIntake bulk = bulkIntakeOf(resource);
        if (bulk == null) {
            throw new BodyTooLarge(maxJsonBody.asLongValue());
        }
        if (!bulk.streamed() && length > maxBulkBody.asLongValue()) {
            throw new BodyTooLarge(maxBulkBody.asLongValue());
        }
    }

    private static BulkIntake bulkIntakeOf(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass()
                    .getMethod(resource.getMethodName(), resource.parameterTypes())
                    .getAnnotation(BulkIntake.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
