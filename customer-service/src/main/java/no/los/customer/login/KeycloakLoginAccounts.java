package no.los.customer.login;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.platform.http.OutsideCall;

/**
 * {@link LoginAccounts} over Keycloak's admin REST API: a token by client credentials for
 * {@code login-account-eraser}, the users whose {@code customer_id} attribute is exactly the
 * customer's id ({@code GET /admin/realms/{realm}/users?q=customer_id:…&exact=true}), and a
 * {@code DELETE} of each. A user already gone (404) counts as nothing removed.
 */
@ApplicationScoped
public class KeycloakLoginAccounts implements LoginAccounts {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    LoginAccountsConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private volatile AdminToken token;

    private record AdminToken(String value, Instant expiresAt) {
        boolean usable() {
            return Instant.now().isBefore(expiresAt.minusSeconds(10));
        }
    }

    @Override
    public int count(UUID customerId) {
        return usersLinkedTo(customerId).size();
    }

    @Override
    public int remove(UUID customerId) {
        int removed = 0;
        for (String user : usersLinkedTo(customerId)) {
            HttpResponse<String> response = send(admin("/users/" + user).DELETE());
            if (response.statusCode() == 204) {
                removed++;
            } else if (response.statusCode() != 404) {
                throw failure(response.statusCode(), "the removal of a user");
            }
        }
        return removed;
    }

    private List<String> usersLinkedTo(UUID customerId) {
        String query = URLEncoder.encode("customer_id:" + customerId, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(admin("/users?exact=true&briefRepresentation=true&q=" + query).GET());
        if (response.statusCode() != 200) {
            throw failure(response.statusCode(), "the search for users");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode user : read(response.body())) {
            ids.add(user.path("id").asText());
        }
        return ids;
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + config.realm() + path))
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() {
        AdminToken current = token;
        if (current != null && current.usable()) {
            return current.value();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(config.clientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(base() + "/realms/" + config.realm() + "/protocol/openid-connect/token"))
                .timeout(config.timeout()).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw failure(response.statusCode(), "the client credentials of " + config.clientId());
        }
        JsonNode issued = read(response.body());
        current = new AdminToken(issued.path("access_token").asText(),
                Instant.now().plusSeconds(issued.path("expires_in").asLong(60)));
        token = current;
        return current.value();
    }

    /** A server error passes by itself; anything else is a refusal that needs an operator. */
    private static RuntimeException failure(int status, String call) {
        return status >= 500 ? new LoginAccountsUnavailable("answered " + status + " to " + call)
                : new LoginAccountsRefused("answered " + status + " to " + call);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return OutsideCall.send(http, request.build(), HttpResponse.BodyHandlers.ofString(),
                LoginAccountsUnavailable::new);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new LoginAccountsRefused("answered with a body that is not JSON");
        }
    }

    private String base() {
        return config.url().replaceAll("/$", "");
    }
}
