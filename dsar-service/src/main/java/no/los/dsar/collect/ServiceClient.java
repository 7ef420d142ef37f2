package no.los.dsar.collect;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

import no.los.dsar.config.RightsConfig;

/**
 * dsar-service's HTTP client for the services' rights endpoints, authenticated with its own
 * identity: an access token it obtains with its client credentials (OAuth 2.0 client credentials,
 * quarkus-oidc-client), renewed when it runs out. The services serve a person's part only to this
 * identity. Bodies are streamed, never buffered here.
 */
@ApplicationScoped
public class ServiceClient {

    /** A service did not answer as it should: unreachable, or an error status. No personal data in the message. */
    public static class ServiceUnavailable extends RuntimeException {
        public ServiceUnavailable(String service, String what) {
            super(service + " " + what);
        }
    }

    @Inject
    OidcClient identity;

    @Inject
    RightsConfig config;

    // HTTP/1.1: the services speak it, and the client would otherwise ask each new connection to upgrade to h2c
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Tokens tokens;

    /** The services whose parts dsar-service fetches. */
    public Set<String> services() {
        return config.serviceUrls().keySet();
    }

    /**
     * Opens a GET of the path on the named service. The caller closes the stream.
     *
     * @throws ServiceUnavailable when the service cannot be reached or does not answer 200
     */
    public InputStream open(String service, String path, String accept) {
        return open(service, path, accept, null);
    }

    /**
     * The same, naming the data-subject request it serves ({@code X-Los-Request}), which the service's
     * access log records with the read.
     */
    public InputStream open(String service, String path, String accept, UUID forRequest) {
        String base = config.serviceUrls().get(service);
        if (base == null) {
            throw new IllegalArgumentException("no URL configured for " + service);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path))
                .timeout(config.fetchTimeout())
                .header("Authorization", "Bearer " + accessToken())
                .header("Accept", accept);
        if (forRequest != null) {
            builder.header("X-Los-Request", forRequest.toString());
        }
        HttpRequest request = builder.GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ServiceUnavailable(service, "cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable(service, "was interrupted");
        }
        if (response.statusCode() != 200) {
            closeQuietly(response.body());
            throw new ServiceUnavailable(service, "answered " + response.statusCode());
        }
        return response.body();
    }

    /** A service's answer to a POST: its status and body. */
    public record Answer(int status, String body) {
    }

    /**
     * POSTs the JSON body to the path on the named service, with dsar-service's own identity, and
     * returns whatever status it answers; the caller decides what each means.
     *
     * @throws ServiceUnavailable when the service cannot be reached
     */
    public Answer post(String service, String path, String json) {
        String base = config.serviceUrls().get(service);
        if (base == null) {
            throw new IllegalArgumentException("no URL configured for " + service);
        }
        String token;
        try {
            token = accessToken();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable(service, "cannot be called: no token from the identity provider ("
                    + e.getClass().getSimpleName() + ")");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path))
                .timeout(config.fetchTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new ServiceUnavailable(service, "cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable(service, "was interrupted");
        }
    }

    private String accessToken() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenExpired() || current.isAccessTokenWithinRefreshInterval()) {
            current = identity.getTokens().await().atMost(Duration.ofSeconds(10));
            tokens = current;
        }
        return current.getAccessToken();
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // nothing more to read
        }
    }
}
