package no.los.marketing.suppression;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
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

    @Inject
    public SuppressionHashes(SuppressionConfig config) {
        this.key = new SecretKeySpec(key(config.suppressionKey()), "HmacSHA256");
    }

    public byte[] ofAddress(NewsletterAddress address) {
        return hash("address:" + address.normalised());
    }

    public byte[] ofCustomer(UUID customerId) {
        return hash("customer:" + customerId);
    }

    private byte[] hash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("suppression hashing failed", e);
        }
    }

    private static byte[] key(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("los.marketing.suppression-key is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("los.marketing.suppression-key must be 32 bytes (256 bits)");
        }
        return key;
    }
}
