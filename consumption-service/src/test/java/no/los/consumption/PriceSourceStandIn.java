package no.los.consumption;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import no.los.platform.test.LoopbackHttp;

/**
 * The price source as a real HTTP server on the loopback: {@code GET /day-ahead/{area}/{day}} with the
 * API key as a bearer token answers the day a test published, or 404; it can be told to be away (503).
 * In the local stack {@code deploy/standins/PriceSource.java} plays this part.
 */
public final class PriceSourceStandIn implements QuarkusTestResourceLifecycleManager {

    private static volatile PriceSourceStandIn running;

    private final String apiKey = "price-source-key-" + UUID.randomUUID();
    private final Map<String, String> days = new ConcurrentHashMap<>();
    private volatile boolean away;
    private HttpServer server;

    public static PriceSourceStandIn running() {
        if (running == null) {
            throw new IllegalStateException("no PriceSourceStandIn is running");
        }
        return running;
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.onFreePort();
        server.createContext("/day-ahead/", this::dayAhead);
        server.start();
        running = this;
        return Map.of("los.consumption.price-source.url", LoopbackHttp.baseUrl(server),
                "los.consumption.price-source.api-key", apiKey);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The source publishes the area's day in NOK per kWh. */
    public void publish(String area, LocalDate day, String resolution, List<BigDecimal> prices) {
        days.put(area + "/" + day, """
                {"priceArea":"%s","day":"%s","resolution":"%s","currency":"NOK","unit":"kWh","prices":[%s]}"""
                .formatted(area, day, resolution, prices.stream().map(BigDecimal::toPlainString)
                        .collect(Collectors.joining(","))));
    }

    /** The source answers every call with a 503 until told otherwise. */
    public void away(boolean isAway) {
        this.away = isAway;
    }

    /** Forgets every published day. */
    public void clear() {
        days.clear();
    }

    private void dayAhead(HttpExchange exchange) throws IOException {
        if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            LoopbackHttp.respond(exchange, 401, "{}");
        } else if (away) {
            LoopbackHttp.respond(exchange, 503, "{}");
        } else {
            String key = exchange.getRequestURI().getPath().substring("/day-ahead/".length());
            String day = days.get(key);
            LoopbackHttp.respond(exchange, day == null ? 404 : 200, day == null ? "{}" : day);
        }
    }
}
