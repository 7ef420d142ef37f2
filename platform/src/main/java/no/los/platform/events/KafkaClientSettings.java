package no.los.platform.events;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;

/**
 * The {@code kafka.*} settings of the service (bootstrap servers, and in production TLS/SASL), as
 * quarkus-kafka-client collects them, copied for each client the platform creates.
 */
@ApplicationScoped
public class KafkaClientSettings {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> brokerSettings;

    public Map<String, Object> copy() {
        Map<String, Object> settings = new HashMap<>();
        brokerSettings.forEach((key, value) -> {
            // quarkus-kafka-client also hands over its own keys; the clients only want Kafka's.
            if (!key.startsWith("health") && !key.startsWith("devservices") && !key.startsWith("snappy")) {
                settings.put(key, value);
            }
        });
        return settings;
    }
}
