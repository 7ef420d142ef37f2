package no.los.dsar.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import no.los.dsar.CollectorIdentity;
import no.los.platform.test.LoopbackHttp;

/**
 * The four services' access endpoints, {@code GET /rights/customers/{id}/access}, as one real HTTP
 * server on the loopback, each service under a base path of its own: it serves the part planted for
 * the person, and only to dsar-service's own identity, as the platform's RightsResource does: a
 * token signed by the identity provider's key, with the {@code service} role and dsar-service as its
 * authorised party ({@code azp}), which only the CollectorTokenEndpoint issues. A service can be made
 * to fail a number of fetches first. Restricted to the test classes that name it, since it points
 * dsar-service's service URLs here; it also shortens the answer timeout to seconds.
 */
public final class AccessStandIns implements QuarkusTestResourceLifecycleManager {

    /** The answer timeout under test: long enough for a healthy flow, short enough to see a late one. */
    public static final String ANSWER_TIMEOUT = "PT3S";
    public static final List<String> SERVICES = List.of("consent-service", "consumption-service", "customer-service",
            "marketing-service");

    private static final Pattern PATH = Pattern.compile("/([a-z-]+)/rights/customers/([0-9a-f-]{36})/access");
    private static volatile AccessStandIns running;

    private final Map<String, String> parts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresToGo = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private HttpServer server;

    /** The stand-ins of the running test class. */
    public static AccessStandIns running() {
        if (running == null) {
            throw new IllegalStateException("the test class names @QuarkusTestResource(AccessStandIns.class)");
        }
        return running;
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.onFreePort();
        server.createContext("/", this::serve);
        server.start();
        Map<String, String> settings = new HashMap<>();
        SERVICES.forEach(service -> settings.put("los.dsar.rights.service-urls." + service,
                LoopbackHttp.baseUrl(server) + "/" + service));
        settings.put("los.dsar.rights.answer-timeout", ANSWER_TIMEOUT);
        running = this;
        return settings;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        running = null;
    }

    /** The service holds this part about the person (AccessPart JSON, as the service writes it). */
    public void holds(String service, UUID customerId, String partJson) {
        parts.put(key(service, customerId), partJson);
    }

    /** The service answers the next fetches of the person's part with 503, this many times. */
    public void failsFirst(String service, UUID customerId, int times) {
        failuresToGo.put(key(service, customerId), new AtomicInteger(times));
    }

    /** Requests refused because they did not carry dsar-service's identity. */
    public int refused() {
        return refused.get();
    }

    /** Parts served to dsar-service's identity. */
    public int served() {
        return served.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!"GET".equals(exchange.getRequestMethod()) || !path.matches() || !SERVICES.contains(path.group(1))) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!CollectorIdentity.carries(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (accept == null || !accept.contains("application/json")) {
                exchange.sendResponseHeaders(406, -1);
                return;
            }
            String key = key(path.group(1), UUID.fromString(path.group(2)));
            AtomicInteger failures = failuresToGo.get(key);
            if (failures != null && failures.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String part = parts.get(key);
            if (part == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = part.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream output = exchange.getResponseBody()) {
                output.write(body);
            }
            served.incrementAndGet();
        }
    }

    private static String key(String service, UUID customerId) {
        return service + " " + customerId;
    }
}
