package no.los.customer.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.platform.http.OutsideCall;

/**
 * The notification provider's REST API: {@code POST <url>/messages} with a JSON message
 * ({@code channel}, {@code from}, {@code to}, {@code subject}, {@code text}) and the API key as a
 * bearer token; {@code 202 Accepted} means the provider has taken it. Any other answer, or no answer,
 * is {@link NotificationsUnavailable}, which names the status, never the message.
 */
@ApplicationScoped
public class HttpNotifications implements Notifications {

    @Inject
    NotificationsConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    public void send(NotificationMessage message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", message.channel().name());
        body.put("from", config.sender());
        body.put("to", message.to());
        if (message.channel() == ContactChannel.EMAIL) {
            body.put("subject", message.subject());
        }
        body.put("text", message.text());
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url().replaceAll("/$", "") + "/messages"))
                .timeout(config.timeout())
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))
                .build();
        HttpResponse<Void> response = OutsideCall.send(http, request, HttpResponse.BodyHandlers.discarding(),
                NotificationsUnavailable::new);
        if (response.statusCode() != 202) {
            throw new NotificationsUnavailable("answered " + response.statusCode());
        }
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message cannot be written", e);
        }
    }
}
