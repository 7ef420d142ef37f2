package no.los.customer.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keys that protect national ID numbers at rest. In production they come from a Kubernetes Secret;
 * the local stack generates them. To rotate: give the new key a new id, move the old key and its id
 * to previous-*, and remove previous-* once NationalIdRotation reports no row left on the old keys.
 */
@ConfigMapping(prefix = "los.customer.identity")
public interface IdentityConfig {

    /** Base64 of a 256-bit AES key: seals national ID numbers (AES-GCM). */
    String encryptionKey();

    /** The id stored with every number this key sealed. */
    @WithDefault("1")
    String encryptionKeyId();

    /** The key before the current one, still opened while rows carry it. */
    Optional<String> previousEncryptionKey();

    Optional<String> previousEncryptionKeyId();

    /** Base64 of a 256-bit HMAC key: the keyed hash that finds a customer by national ID number. */
    String lookupKey();

    @WithDefault("1")
    String lookupKeyId();

    /** The lookup key before the current one, still tried while rows carry its hashes. */
    Optional<String> previousLookupKey();

    Optional<String> previousLookupKeyId();

    /** How often NationalIdRotation looks for rows still on old keys ("off" in tests, which run it themselves). */
    String rotationEvery();
}
