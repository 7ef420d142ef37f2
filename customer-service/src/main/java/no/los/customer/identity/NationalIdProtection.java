package no.los.customer.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.los.customer.config.IdentityConfig;

/**
 * National ID numbers at rest (GDPR Art. 25 and 32): sealed with AES-256-GCM, the customer's id and
 * the key id as associated data so that a ciphertext copied to another row does not open, and found
 * again through an HMAC-SHA256 keyed hash, so the database alone reveals neither the number nor,
 * by brute force over the small number space, which number a row holds. Each key has an id; a
 * previous key is still accepted for opening and for look-ups while NationalIdRotation
 * re-seals the rows that still carry it.
 */
@ApplicationScoped
public class NationalIdProtection {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Key encryption;
    private final Optional<Key> previousEncryption;
    private final Key lookup;
    private final Optional<Key> previousLookup;
    private final SecureRandom random = new SecureRandom();
    private final LongAdder opened = new LongAdder();

    private record Key(String id, SecretKeySpec key) {
    }

    @Inject
    public NationalIdProtection(IdentityConfig config) {
        this.encryption = new Key(config.encryptionKeyId(), new SecretKeySpec(key(config.encryptionKey(), "encryption-key"), "AES"));
        this.previousEncryption = previous(config.previousEncryptionKey(), config.previousEncryptionKeyId(),
                "previous-encryption-key", "AES", encryption.id());
        this.lookup = new Key(config.lookupKeyId(), new SecretKeySpec(key(config.lookupKey(), "lookup-key"), "HmacSHA256"));
        this.previousLookup = previous(config.previousLookupKey(), config.previousLookupKeyId(),
                "previous-lookup-key", "HmacSHA256", lookup.id());
    }

    /** Seals the customer's number with the current keys. */
    public SealedNationalId seal(UUID customerId, NationalIdNumber number) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(customerId, encryption.id()));
            byte[] sealed = cipher.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
            byte[] ciphertext = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new SealedNationalId(ciphertext, encryption.id(), hash(lookup.key(), number), lookup.id());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national ID encryption failed", e);
        }
    }

    /** Opens the customer's number, with whichever of the current and previous keys sealed it. */
    public NationalIdNumber open(UUID customerId, SealedNationalId sealed) {
        opened.increment();
        String keyId = sealed.keyId();
        if (keyId == null) {
            return openLegacy(sealed.ciphertext());
        }
        Key key = keyId.equals(encryption.id()) ? encryption
                : previousEncryption.filter(previous -> previous.id().equals(keyId))
                        .orElseThrow(() -> new IllegalStateException("national ID sealed with a retired key " + keyId));
        try {
            return NationalIdNumber.parse(decrypt(key.key(), sealed.ciphertext(), associatedData(customerId, keyId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national ID decryption failed: wrong key, another row's ciphertext or altered data", e);
        }
    }

    /**
     * How many numbers this instance has opened since it started: the metric
     * {@code los_customer_national_ids_opened_total}, so that a bulk decryption shows.
     */
    public long openedCount() {
        return opened.sum();
    }

    /** The hashes under which the number may be stored: the current lookup key's, and the previous one's. */
    public List<byte[]> lookupCandidates(NationalIdNumber number) {
        List<byte[]> candidates = new ArrayList<>();
        candidates.add(hash(lookup.key(), number));
        previousLookup.ifPresent(previous -> candidates.add(hash(previous.key(), number)));
        return candidates;
    }

    /** Whether the stored number is sealed and hashed with the current keys. */
    public boolean isCurrent(SealedNationalId sealed) {
        return encryption.id().equals(sealed.keyId()) && lookup.id().equals(sealed.lookupKeyId());
    }

    public String currentKeyId() {
        return encryption.id();
    }

    public String currentLookupKeyId() {
        return lookup.id();
    }

    /** A number sealed before key ids: no associated data, under the key of that time (current or previous). */
    private NationalIdNumber openLegacy(byte[] ciphertext) {
        List<Key> keys = new ArrayList<>();
        keys.add(encryption);
        previousEncryption.ifPresent(keys::add);
        for (Key key : keys) {
            try {
                return NationalIdNumber.parse(decrypt(key.key(), ciphertext, null));
            } catch (AEADBadTagException e) {
                // not this key; try the next
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("national ID decryption failed", e);
            }
        }
        throw new IllegalStateException("national ID decryption failed: no configured key opens it");
    }

    private static String decrypt(SecretKeySpec key, byte[] stored, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
        if (associatedData != null) {
            cipher.updateAAD(associatedData);
        }
        return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.US_ASCII);
    }

    private static byte[] associatedData(UUID customerId, String keyId) {
        return ("customer:" + customerId + "|key:" + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hash(SecretKeySpec key, NationalIdNumber number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national ID hashing failed", e);
        }
    }

    private static Optional<Key> previous(Optional<String> key, Optional<String> id, String name, String algorithm,
            String currentId) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String previousId = id.orElseThrow(() -> new IllegalStateException(
                "los.customer.identity." + name + " needs its id (" + name + "-id)"));
        if (previousId.equals(currentId)) {
            throw new IllegalStateException("los.customer.identity." + name + "-id must differ from the current key's id");
        }
        return Optional.of(new Key(previousId, new SecretKeySpec(key(key.get(), name), algorithm)));
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
