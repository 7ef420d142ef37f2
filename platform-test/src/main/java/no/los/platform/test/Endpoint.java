package no.los.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One operation of a service's API and the roles that may call it: the input of
 * {@link EndpointSecurityContract}.
 *
 * @param method      HTTP method
 * @param template    the path as the OpenAPI document writes it, e.g. {@code /customers/{id}}
 * @param allowed     the roles that may call it
 * @param pathValues  sample values for path parameters that are not UUIDs
 * @param bodyType    the media type of the body it takes, where it takes one
 */
public record Endpoint(String method, String template, Set<String> allowed, Map<String, String> pathValues,
        String bodyType) {

    public Endpoint(String method, String template, Set<String> allowed, Map<String, String> pathValues) {
        this(method, template, allowed, pathValues, "application/json");
    }

    public static Endpoint get(String template, String... allowed) {
        return new Endpoint("GET", template, Set.of(allowed), Map.of());
    }

    public static Endpoint post(String template, String... allowed) {
        return new Endpoint("POST", template, Set.of(allowed), Map.of());
    }

    public static Endpoint put(String template, String... allowed) {
        return new Endpoint("PUT", template, Set.of(allowed), Map.of());
    }

    public static Endpoint delete(String template, String... allowed) {
        return new Endpoint("DELETE", template, Set.of(allowed), Map.of());
    }

    /** The same endpoint, with a sample value for one path parameter. */
    public Endpoint with(String parameter, String value) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(parameter, value);
        return new Endpoint(method, template, allowed, Map.copyOf(values), bodyType);
    }

    /** The same endpoint, taking a body of another media type (an empty body of it is sent). */
    public Endpoint sending(String mediaType) {
        return new Endpoint(method, template, allowed, pathValues, mediaType);
    }

    /** A concrete path: named sample values where given, a random UUID for every other parameter. */
    public String samplePath() {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    public boolean hasBody() {
        return method.equals("POST") || method.equals("PUT");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
