package no.los.customer.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.customer.config.IdentityConfig;

/**
 * National ID numbers at rest (GDPR Art. 25 and 32): stored only encrypted with AES-256-GCM, and
 * found again through an HMAC-SHA256 keyed hash, so the database alone reveals neither the number
 * nor, by brute force over the small number space, which number a row holds.
 */
@ApplicationScoped
public class NationalIdProtection {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public NationalIdProtection(IdentityConfig config) {
        this.encryptionKey = new SecretKeySpec(key(config.encryptionKey(), "encryption-key"), "AES");
        this.lookupKey = new SecretKeySpec(key(config.lookupKey(), "lookup-key"), "HmacSHA256");
    }

    /** Nonce followed by ciphertext and tag. */
    public byte[] encrypt(NationalIdNumber number) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national ID encryption failed", e);
        }
    }

    public NationalIdNumber decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return NationalIdNumber.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national ID decryption failed: wrong key or altered data", e);
        }
    }

    public byte[] lookupHash(NationalIdNumber number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national ID hashing failed", e);
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("los.customer.identity." + name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("los.customer.identity." + name + " must be 32 bytes (256 bits)");
        }
        return key;
    }
}
