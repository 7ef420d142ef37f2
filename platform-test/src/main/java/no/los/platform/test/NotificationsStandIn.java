package no.los.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The notification provider's API as a real HTTP server on the loopback: {@code POST /messages}
 * with the API key as a bearer token takes a message (202) and keeps it, so a test reads what the
 * person would have received. It can be told to fail (503). In the local stack
 * {@code deploy/standins/NotificationProvider.java} plays this part.
 */
public final class NotificationsStandIn implements QuarkusTestResourceLifecycleManager {

    /** One message as the provider received it. */
    public record Message(String channel, String from, String to, String subject, String text) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile NotificationsStandIn running;

    private final String apiKey = "notifications-key-" + UUID.randomUUID();
    private final List<Message> received = new CopyOnWriteArrayList<>();
    private volatile boolean failing;
    private HttpServer server;

    public static NotificationsStandIn running() {
        if (running == null) {
            throw new IllegalStateException("no NotificationsStandIn is running");
        }
        return running;
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.onFreePort();
        server.createContext("/messages", this::messages);
        server.start();
        running = this;
        return Map.of("los.customer.notifications.url", LoopbackHttp.baseUrl(server),
                "los.customer.notifications.api-key", apiKey);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The messages sent to this address or number, oldest first. */
    public List<Message> sentTo(String to) {
        return received.stream().filter(message -> to.equals(message.to())).toList();
    }

    /** Every message received, oldest first. */
    public List<Message> received() {
        return List.copyOf(received);
    }

    /** From now on the provider answers 503 (true) or takes messages again (false). */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    private void messages(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (failing) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            JsonNode body = read(exchange);
            received.add(new Message(body.path("channel").asText(), body.path("from").asText(),
                    body.path("to").asText(), body.path("subject").asText(null), body.path("text").asText()));
            exchange.sendResponseHeaders(202, -1);
        }
    }

    private static JsonNode read(HttpExchange exchange) {
        try {
            return JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
