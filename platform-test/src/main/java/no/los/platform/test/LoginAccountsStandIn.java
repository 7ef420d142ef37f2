package no.los.platform.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Keycloak's admin API for the login accounts, as a real HTTP server on the loopback: the token
 * endpoint checks login-account-eraser's client secret, the user search answers
 * {@code q=customer_id:<id>&exact=true}, and {@code DELETE /users/{id}} removes a user. Keycloak plays
 * this part in the local stack. Tests plant users with {@link #plantUser} and read what is left.
 */
public final class LoginAccountsStandIn implements QuarkusTestResourceLifecycleManager {

    private static final String REALM_ADMIN = "/admin/realms/los";
    private static volatile LoginAccountsStandIn running;

    private final String secret = "eraser-secret-" + UUID.randomUUID();
    private final String adminToken = "admin-token-" + UUID.randomUUID();
    /** user id -> customer id */
    private final Map<String, UUID> users = new ConcurrentHashMap<>();
    private volatile boolean failing;
    private final AtomicInteger refusedCalls = new AtomicInteger();
    private HttpServer server;

    public static LoginAccountsStandIn running() {
        return running;
    }

    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.onFreePort();
        server.createContext("/realms/los/protocol/openid-connect/token", this::token);
        server.createContext(REALM_ADMIN + "/users", this::users);
        server.start();
        running = this;
        return Map.of("los.customer.login-accounts.url", LoopbackHttp.baseUrl(server),
                "los.customer.login-accounts.client-secret", secret);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A login account linked to the customer; returns its user id. */
    public String plantUser(UUID customerId) {
        String id = UUID.randomUUID().toString();
        users.put(id, customerId);
        return id;
    }

    /** How many login accounts are linked to the customer now. */
    public long accountsOf(UUID customerId) {
        return users.values().stream().filter(customerId::equals).count();
    }

    /** While failing, every admin call answers 503, as an identity provider that is down. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** How many admin calls were answered 503 while failing. */
    public int refusedCalls() {
        return refusedCalls.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = LoopbackHttp.form(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean valid = "client_credentials".equals(form.get("grant_type"))
                    && "login-account-eraser".equals(form.get("client_id")) && secret.equals(form.get("client_secret"));
            if (!valid) {
                LoopbackHttp.respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            } else {
                LoopbackHttp.respond(exchange, 200, "{\"access_token\":\"" + adminToken + "\",\"expires_in\":300}");
            }
        }
    }

    private void users(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + adminToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                LoopbackHttp.respond(exchange, 401, "{\"error\":\"HTTP 401 Unauthorized\"}");
                return;
            }
            if (failing) {
                refusedCalls.incrementAndGet();
                LoopbackHttp.respond(exchange, 503, "{}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.equals(REALM_ADMIN + "/users")) {
                Map<String, String> query = LoopbackHttp.form(exchange.getRequestURI().getRawQuery());
                if (!"true".equals(query.get("exact")) || !query.getOrDefault("q", "").startsWith("customer_id:")) {
                    LoopbackHttp.respond(exchange, 400, "{\"error\":\"expected an exact customer_id search\"}");
                    return;
                }
                UUID customer = UUID.fromString(query.get("q").substring("customer_id:".length()));
                List<String> found = new ArrayList<>();
                users.forEach((id, linked) -> {
                    if (linked.equals(customer)) {
                        found.add("{\"id\":\"" + id + "\"}");
                    }
                });
                LoopbackHttp.respond(exchange, 200, "[" + String.join(",", found) + "]");
            } else if ("DELETE".equals(exchange.getRequestMethod())) {
                String id = path.substring(path.lastIndexOf('/') + 1);
                LoopbackHttp.respond(exchange, users.remove(id) != null ? 204 : 404, "");
            } else {
                LoopbackHttp.respond(exchange, 405, "");
            }
        }
    }
}
