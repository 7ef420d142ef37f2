package no.los.marketing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import no.los.marketing.config.SuppressionConfig;

/**
 * Suppression keys made up for this test JVM (no key ships in a configuration): the service hashes
 * new lines with the current key and, as in a grace period after a rotation, still matches lines
 * hashed with the previous one. {@link #previousKeyOnly()} hashes as the service did before.
 */
public class SuppressionKeys implements QuarkusTestResourceLifecycleManager {

    public static final String CURRENT = random();
    public static final String PREVIOUS = random();

    @Override
    public Map<String, String> start() {
        return Map.of("los.marketing.suppression-key", CURRENT, "los.marketing.previous-suppression-key", PREVIOUS);
    }

    @Override
    public void stop() {
    }

    public static SuppressionConfig previousKeyOnly() {
        return new SuppressionConfig() {
            public String suppressionKey() {
                return PREVIOUS;
            }

            public Optional<String> previousSuppressionKey() {
                return Optional.empty();
            }
        };
    }

    private static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
