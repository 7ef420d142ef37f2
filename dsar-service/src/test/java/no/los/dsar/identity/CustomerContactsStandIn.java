package no.los.dsar.identity;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import no.los.dsar.CollectorIdentity;
import no.los.platform.test.LoopbackHttp;

/**
 * customer-service's {@code POST /customers/{id}/identity-codes} as a real HTTP server on the
 * loopback: it takes the code only from dsar-service's own identity, keeps it as the person would
 * receive it, and answers with the masked address, or as told: 409 (no contact for the channel) or
 * 503. Restricted to the test classes that name it, since it points dsar-service at itself.
 */
public final class CustomerContactsStandIn implements QuarkusTestResourceLifecycleManager {

    /** A code as the person received it. */
    public record Delivered(UUID customerId, String channel, String code, int validMinutes) {
    }

    private static final Pattern PATH = Pattern.compile("/customers/([0-9a-f-]{36})/identity-codes");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile CustomerContactsStandIn running;

    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final Map<UUID, Integer> answers = new ConcurrentHashMap<>();
    private HttpServer server;

    public static CustomerContactsStandIn running() {
        if (running == null) {
            throw new IllegalStateException("the test class names @QuarkusTestResource(CustomerContactsStandIn.class)");
        }
        return running;
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.onFreePort();
        server.createContext("/", this::serve);
        server.start();
        running = this;
        return Map.of("los.dsar.rights.service-urls.customer-service", LoopbackHttp.baseUrl(server));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        running = null;
    }

    /** From now on, customer-service answers this status for the person (409: no contact; 503: provider down). */
    public void answers(UUID customerId, int status) {
        answers.put(customerId, status);
    }

    /** The codes the person received, oldest first. */
    public List<Delivered> deliveredTo(UUID customerId) {
        return delivered.stream().filter(code -> code.customerId().equals(customerId)).toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!CollectorIdentity.carries(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            UUID customer = UUID.fromString(path.group(1));
            int status = answers.getOrDefault(customer, 202);
            if (status == 409) {
                LoopbackHttp.respond(exchange, 409, "{\"detail\":\"The customer has no registered phone number; use "
                        + "the other channel, or check the identity by hand\"}");
                return;
            }
            if (status != 202) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            delivered.add(new Delivered(customer, body.path("channel").asText(), body.path("code").asText(),
                    body.path("validMinutes").asInt()));
            LoopbackHttp.respond(exchange, 202, "{\"channel\":\"" + body.path("channel").asText()
                    + "\",\"sentTo\":\"k***@example.no\"}");
        }
    }
}
