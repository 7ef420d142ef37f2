package no.los.platform.test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The identity provider's token endpoint for dsar-service's own client credentials (OAuth 2.0
 * {@code client_credentials}), as a real HTTP server on the loopback: it checks the client id and
 * secret and issues a token signed with the key the OIDC test server publishes, so the services
 * verify it as they verify any other. Keycloak plays this part in the local stack.
 */
public final class CollectorTokenEndpoint implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "dsar-service";

    private final String secret;
    private final Duration lifetime;
    private HttpServer server;
    private volatile int tokensIssued;

    /** For {@code @QuarkusTestResource}: a fresh secret, ten-minute tokens. */
    public CollectorTokenEndpoint() {
        this("collector-secret-" + System.nanoTime(), Duration.ofMinutes(10));
    }

    public CollectorTokenEndpoint(String secret, Duration lifetime) {
        this.secret = secret;
        this.lifetime = lifetime;
    }

    /** Starts the endpoint and returns dsar-service's OIDC client settings pointing at it. */
    @Override
    public Map<String, String> start() {
        server = LoopbackHttp.onFreePort();
        server.createContext("/token", this::issue);
        server.start();
        return clientSettings();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The settings of quarkus-oidc-client that make dsar-service fetch its tokens here. */
    public Map<String, String> clientSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.oidc-client.auth-server-url", LoopbackHttp.baseUrl(server));
        settings.put("quarkus.oidc-client.discovery-enabled", "false");
        settings.put("quarkus.oidc-client.token-path", "/token");
        settings.put("quarkus.oidc-client.client-id", CLIENT_ID);
        settings.put("quarkus.oidc-client.credentials.secret", secret);
        return settings;
    }

    public int tokensIssued() {
        return tokensIssued;
    }

    private void issue(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = LoopbackHttp.form(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String[] basic = basicCredentials(exchange);
            String clientId = basic != null ? basic[0] : form.get("client_id");
            String clientSecret = basic != null ? basic[1] : form.get("client_secret");
            if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type"))) {
                LoopbackHttp.respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            } else if (!CLIENT_ID.equals(clientId) || !secret.equals(clientSecret)) {
                LoopbackHttp.respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            } else {
                tokensIssued++;
                LoopbackHttp.respond(exchange, 200, "{\"access_token\":\"" + TestTokens.rightsCollector(lifetime)
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime.toSeconds() + "}");
            }
        }
    }

    private static String[] basicCredentials(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
    }
}
