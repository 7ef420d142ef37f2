package no.los.marketing.suppression;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.config.SuppressionConfig;

/**
 * The keyed hashes (HMAC-SHA256) the suppression list holds instead of addresses and customer ids:
 * without the key a stolen list reveals nothing, not even by hashing guessed addresses. A prefix per
 * kind keeps an address and a customer id from ever hashing alike.
 */
@ApplicationScoped
public class SuppressionHashes {

    private final SecretKeySpec key;
    private final Optional<SecretKeySpec> previousKey;

    @Inject
    public SuppressionHashes(SuppressionConfig config) {
        this.key = new SecretKeySpec(key(config.suppressionKey(), "suppression-key"), "HmacSHA256");
        this.previousKey = config.previousSuppressionKey()
                .map(previous -> new SecretKeySpec(key(previous, "previous-suppression-key"), "HmacSHA256"));
    }

    /** The address's hash under the current key: what a new line holds. */
    public byte[] ofAddress(NewsletterAddress address) {
        return hash(key, "address:" + address.normalised());
    }

    /** The customer's hash under the current key: what a new line holds. */
    public byte[] ofCustomer(UUID customerId) {
        return hash(key, "customer:" + customerId);
    }

    /** The address's hashes under the current and, in a grace period, the previous key: what matches. */
    public List<byte[]> matchingAddress(NewsletterAddress address) {
        return all("address:" + address.normalised());
    }

    /** The customer's hashes under the current and, in a grace period, the previous key: what matches. */
    public List<byte[]> matchingCustomer(UUID customerId) {
        return all("customer:" + customerId);
    }

    private List<byte[]> all(String text) {
        List<byte[]> hashes = new ArrayList<>();
        hashes.add(hash(key, text));
        previousKey.ifPresent(previous -> hashes.add(hash(previous, text)));
        return hashes;
    }

    private static byte[] hash(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("suppression hashing failed", e);
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("los.marketing." + name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("los.marketing." + name + " must be 32 bytes (256 bits)");
        }
        return key;
    }
}
