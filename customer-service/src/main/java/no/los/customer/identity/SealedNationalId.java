package no.los.customer.identity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A national ID number as it is stored: AES-GCM ciphertext bound to its customer row (the row's id
 * is the associated data), the keyed lookup hash, and the ids of the two keys, so that a rotation
 * knows which rows still wait for the new keys.
 */
@Embeddable
public class SealedNationalId {

    @Column(name = "national_id_encrypted", nullable = false)
    private byte[] ciphertext;

    /** Null for a number sealed before key ids existed (without associated data). */
    @Column(name = "national_id_key_id")
    private String keyId;

    @Column(name = "national_id_lookup", nullable = false, unique = true)
    private byte[] lookup;

    @Column(name = "national_id_lookup_key_id")
    private String lookupKeyId;

    protected SealedNationalId() {
    }

    SealedNationalId(byte[] ciphertext, String keyId, byte[] lookup, String lookupKeyId) {
        this.ciphertext = Objects.requireNonNull(ciphertext).clone();
        this.keyId = keyId;
        this.lookup = Objects.requireNonNull(lookup).clone();
        this.lookupKeyId = lookupKeyId;
    }

    byte[] ciphertext() {
        return ciphertext.clone();
    }

    String keyId() {
        return keyId;
    }

    byte[] lookup() {
        return lookup.clone();
    }

    String lookupKeyId() {
        return lookupKeyId;
    }
}
