package no.los.dsar.collect;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.los.dsar.IdentityCode;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.DependencyUnavailable;

/**
 * Has customer-service send a one-time code to the contact it holds for the person
 * ({@code POST /customers/{id}/identity-codes}, with dsar-service's own identity). customer-service
 * owns the contact data: dsar-service hands it the code and learns only the masked address.
 */
@ApplicationScoped
public class IdentityCodeDelivery {

    private static final String CUSTOMER_SERVICE = "customer-service";

    @Inject
    ServiceClient services;

    @Inject
    ObjectMapper json;

    /**
     * Sends the code; returns the masked address it went to.
     *
     * @throws ConflictProblem        when customer-service holds no contact for the channel, or no such customer
     * @throws DependencyUnavailable when customer-service or its notification provider could not send it
     */
    public String send(UUID customerId, IdentityCode.Channel channel, String code, long validMinutes) {
        ServiceClient.Answer answer;
        try {
            answer = services.post(CUSTOMER_SERVICE, "/customers/" + customerId + "/identity-codes", write(Map.of(
                    "channel", channel.name(), "code", code, "validMinutes", validMinutes)));
        } catch (ServiceClient.ServiceUnavailable e) {
            throw new DependencyUnavailable(CUSTOMER_SERVICE, "cannot be reached");
        }
        return switch (answer.status()) {
            case 202 -> read(answer.body()).path("sentTo").asText();
            case 409 -> throw new ConflictProblem(read(answer.body()).path("detail")
                    .asText("customer-service holds no contact for " + channel));
            case 404 -> throw new ConflictProblem("customer-service does not know the customer: check the identity by "
                    + "hand");
            default -> {
                if (answer.status() >= 500) {
                    throw new DependencyUnavailable(CUSTOMER_SERVICE, "answered " + answer.status()
                            + " when asked to send the code");
                }
                throw new IllegalStateException("customer-service refused to send a code with " + answer.status()
                        + ": dsar-service's identity or settings are wrong");
            }
        };
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new DependencyUnavailable(CUSTOMER_SERVICE, "answered with a body that is not JSON");
        }
    }
}
