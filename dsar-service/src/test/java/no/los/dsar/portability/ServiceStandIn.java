package no.los.dsar.portability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import no.los.dsar.CollectorIdentity;

/**
 * One service's rights endpoints, as a real HTTP server on the loopback standing in for the service:
 * {@code GET /rights/customers/{id}/portable} and {@code GET /rights/customers/{id}/green-button},
 * served only to dsar-service's own identity, the way the platform's RightsResource does: a token
 * signed by the identity provider, with the {@code service} role and {@code azp} dsar-service.
 * It can be stopped (then it cannot be reached at all), answer with an error, or break off half-way.
 */
public final class ServiceStandIn {

    private static final Pattern PATH = Pattern.compile("/rights/customers/([0-9a-f-]{36})/(portable|green-button)");

    private final String name;
    private final Map<UUID, PortablePart> parts = new ConcurrentHashMap<>();
    private final Map<UUID, byte[]> feeds = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> failures = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> breaks = new ConcurrentHashMap<>();
    private final AtomicInteger servedToCollector = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private int port;
    private HttpServer server;

    ServiceStandIn(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The base URL dsar-service is configured with. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The person's portable data in this service. */
    public void plant(UUID customerId, PortablePart part) {
        parts.put(customerId, part);
    }

    /** The person's Green Button feed, served as it is. */
    public void plantGreenButton(UUID customerId, byte[] feed) {
        feeds.put(customerId, feed);
    }

    /** Answers every request for the person's data with this status. */
    public void answerWith(UUID customerId, int status) {
        failures.put(customerId, status);
    }

    /** Sends only the first lines of the person's part, announced at its full length, then hangs up. */
    public void breakOffAfter(UUID customerId, int lines) {
        breaks.put(customerId, lines);
    }

    /** How many parts this service served to dsar-service's identity. */
    public int servedToCollector() {
        return servedToCollector.get();
    }

    /** How many requests came without dsar-service's identity. */
    public int refused() {
        return refused.get();
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/rights/customers/", this::serve);
        server.start();
        port = server.getAddress().getPort();
    }

    /** Stops listening: the service cannot be reached until {@link #restart()}. */
    public synchronized void stop() {
        server.stop(0);
    }

    /** Listens again, on the same port. */
    public void restart() {
        start();
    }

    private void serve(HttpExchange exchange) throws IOException {
        boolean hungUp = false;
        try {
            answer(exchange);
        } catch (HangUp e) {
            hungUp = true;
            throw e; // the exchange is left unfinished: the server drops the connection
        } finally {
            if (!hungUp) {
                exchange.close();
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!path.matches() || !"GET".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        if (!CollectorIdentity.carries(exchange.getRequestHeaders().getFirst("Authorization"))) {
            refused.incrementAndGet();
            exchange.sendResponseHeaders(403, -1);
            return;
        }
        UUID customer = UUID.fromString(path.group(1));
        Integer failure = failures.get(customer);
        if (failure != null) {
            exchange.sendResponseHeaders(failure, -1);
        } else if (path.group(2).equals("green-button")) {
            serveFeed(exchange, customer);
        } else {
            servePart(exchange, customer);
        }
    }

    /** Escapes the handler with the body unfinished, so the HTTP server closes the connection. */
    private static final class HangUp extends RuntimeException {
        HangUp() {
            super("the stand-in hangs up mid-body, as a service that crashes while streaming would");
        }
    }

    private void servePart(HttpExchange exchange, UUID customer) throws IOException {
        PortablePart part = parts.getOrDefault(customer, PortablePart.of());
        Integer breakAfter = breaks.get(customer);
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0); // chunked, as the services stream it
        servedToCollector.incrementAndGet();
        OutputStream body = exchange.getResponseBody();
        if (breakAfter == null) {
            body.write(part.ndjson());
            return;
        }
        body.write(part.ndjson(breakAfter));
        body.flush();
        throw new HangUp();
    }

    private void serveFeed(HttpExchange exchange, UUID customer) throws IOException {
        byte[] feed = feeds.get(customer);
        if (feed == null) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
        exchange.sendResponseHeaders(200, feed.length);
        servedToCollector.incrementAndGet();
        exchange.getResponseBody().write(feed);
    }

    static List<String> suiteServices() {
        return List.of("consent-service", "consumption-service", "customer-service", "marketing-service");
    }
}
