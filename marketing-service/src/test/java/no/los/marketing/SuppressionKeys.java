package no.los.marketing;

import java.util.Map;
import java.util.Optional;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import no.los.marketing.config.SuppressionConfig;
import no.los.platform.test.TestKeys;

/**
 * Suppression keys made up for this test JVM (no key ships in a configuration): the service hashes
 * new lines with the current key and, as in a grace period after a rotation, still matches lines
 * hashed with the previous one. {@link #previousKeyOnly()} hashes as the service did before.
 */
public class SuppressionKeys implements QuarkusTestResourceLifecycleManager {

    public static final String CURRENT = TestKeys.random256BitKey();
    public static final String PREVIOUS = TestKeys.random256BitKey();

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
}
