package no.los.platform.accesslog;

import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

import no.los.platform.security.Roles;

/**
 * Writes the access log for every successful call of an {@link AccessLogged} operation by staff or a
 * machine identity. A customer reading their own data through {@code /me} is not logged: it is their data.
 * The request reference is the data-subject request the caller names in {@code X-Los-Request} (dsar-service
 * fetching a part), else the HTTP request's {@code X-Request-Id}, else a fresh id.
 */
@ApplicationScoped
public class AccessLogFilter {

    /** The header in which dsar-service names the request a part is fetched for. */
    public static final String REQUEST_HEADER = "X-Los-Request";

    @Inject
    AccessLog log;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    AccessLogContext context;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, SimpleResourceInfo resource) {
        if (response.getStatus() >= 300 || resource == null || resource.getResourceClass() == null) {
            return;
        }
        AccessLogged logged = annotation(resource);
        if (logged == null) {
            return;
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.remove(Roles.CUSTOMER);
        if (roles.isEmpty()) {
            return;
        }
        Set<UUID> customers = new LinkedHashSet<>();
        String fromPath = logged.customer().isEmpty() ? null
                : request.getUriInfo().getPathParameters().getFirst(logged.customer());
        if (fromPath != null) {
            try {
                customers.add(UUID.fromString(fromPath));
            } catch (IllegalArgumentException e) {
                return; // not a customer id: the operation answered without touching a person's data
            }
        }
        customers.addAll(context.customers());
        String operation = logged.operation().isEmpty() ? operationOf(request.getMethod()) : logged.operation();
        String requestRef = requestRef(request);
        log.appendAll(token.getSubject(), String.join(",", roles), customers, logged.category(), operation, requestRef);
    }

    private static AccessLogged annotation(SimpleResourceInfo resource) {
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
            return method.getAnnotation(AccessLogged.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String operationOf(String method) {
        return switch (method) {
            case "GET", "HEAD" -> "READ";
            case "DELETE" -> "DELETE";
            default -> "CHANGE";
        };
    }

    private static String requestRef(ContainerRequestContext request) {
        String dsar = request.getHeaderString(REQUEST_HEADER);
        if (dsar != null && dsar.matches("[0-9a-fA-F-]{36}")) {
            return "request:" + dsar.toLowerCase();
        }
        String http = request.getHeaderString("X-Request-Id");
        if (http != null && http.matches("[A-Za-z0-9._-]{1,64}")) {
            return "http:" + http;
        }
        return "http:" + UUID.randomUUID();
    }
}
