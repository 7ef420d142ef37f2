package no.los.platform.test;

import java.security.SecureRandom;
import java.util.Base64;

/** Keys made up for one test run, as a secret store would hand them over: no key ships in a configuration. */
public final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    /** Base64 of 32 random bytes: an AES-256 or HMAC-SHA256 key as the services' settings expect it. */
    public static String random256BitKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
