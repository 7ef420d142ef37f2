package no.los.platform.accesslog;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whom a request's operation concerns, when its path does not say: a resource that resolves a
 * metering point or a request to its customer tells the access log here.
 */
@RequestScoped
public class AccessLogContext {

    private final Set<UUID> customers = new LinkedHashSet<>();

    /** The operation read or changed this person's data. */
    public void concerns(UUID customerId) {
        customers.add(customerId);
    }

    Set<UUID> customers() {
        return Set.copyOf(customers);
    }
}
