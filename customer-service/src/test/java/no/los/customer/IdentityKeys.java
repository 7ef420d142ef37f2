package no.los.customer;

import java.util.Map;
import java.util.Optional;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import no.los.customer.config.IdentityConfig;
import no.los.platform.test.TestKeys;

/**
 * Identity keys made up for this test JVM, as a secret store would hand them over: no key is in a
 * shipped configuration. The service runs on key "test-2" and still accepts "test-1" as the previous
 * key, as it would in the middle of a rotation; {@link #previousKeysOnly()} seals as the service did
 * before the rotation.
 */
public class IdentityKeys implements QuarkusTestResourceLifecycleManager {

    public static final String PREVIOUS_ENCRYPTION_KEY = TestKeys.random256BitKey();
    public static final String PREVIOUS_LOOKUP_KEY = TestKeys.random256BitKey();
    public static final String ENCRYPTION_KEY = TestKeys.random256BitKey();
    public static final String LOOKUP_KEY = TestKeys.random256BitKey();

    @Override
    public Map<String, String> start() {
        return Map.of(
                "los.customer.identity.encryption-key", ENCRYPTION_KEY,
                "los.customer.identity.encryption-key-id", "test-2",
                "los.customer.identity.previous-encryption-key", PREVIOUS_ENCRYPTION_KEY,
                "los.customer.identity.previous-encryption-key-id", "test-1",
                "los.customer.identity.lookup-key", LOOKUP_KEY,
                "los.customer.identity.lookup-key-id", "test-2",
                "los.customer.identity.previous-lookup-key", PREVIOUS_LOOKUP_KEY,
                "los.customer.identity.previous-lookup-key-id", "test-1");
    }

    @Override
    public void stop() {
    }

    /** The keys the service had before the rotation: "test-1" current, nothing previous. */
    public static IdentityConfig previousKeysOnly() {
        return new IdentityConfig() {
            public String encryptionKey() {
                return PREVIOUS_ENCRYPTION_KEY;
            }

            public String encryptionKeyId() {
                return "test-1";
            }

            public Optional<String> previousEncryptionKey() {
                return Optional.empty();
            }

            public Optional<String> previousEncryptionKeyId() {
                return Optional.empty();
            }

            public String lookupKey() {
                return PREVIOUS_LOOKUP_KEY;
            }

            public String lookupKeyId() {
                return "test-1";
            }

            public Optional<String> previousLookupKey() {
                return Optional.empty();
            }

            public Optional<String> previousLookupKeyId() {
                return Optional.empty();
            }

            public String rotationEvery() {
                return "off";
            }
        };
    }
}
