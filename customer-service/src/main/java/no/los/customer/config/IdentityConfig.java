package no.los.customer.config;

import io.smallrye.config.ConfigMapping;

/** Keys that protect national ID numbers at rest. In production they come from a Kubernetes Secret. */
@ConfigMapping(prefix = "los.customer.identity")
public interface IdentityConfig {

    /** Base64 of a 256-bit AES key: encrypts national ID numbers (AES-GCM). */
    String encryptionKey();

    /** Base64 of a 256-bit HMAC key: the keyed hash that finds a customer by national ID number. */
    String lookupKey();
}
