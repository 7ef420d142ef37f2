package no.los.dsar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time code sent to the registered contact of the person a staff-registered request names
 * (Art. 12(6)). Only an HMAC of the six digits is kept, under the service's secret key and with a
 * salt of the row's own; the code is good once, until it expires, and for a bounded number of tries.
 */
@Entity
@Table(name = "identity_code")
public class IdentityCode {

    /** Where a code went. */
    public enum Channel {
        EMAIL,
        SMS
    }

    /** What a code given back did. */
    public enum Check {
        MATCHED,
        WRONG,
        EXPIRED,
        USED_UP
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Channel channel;

    @Column(name = "sent_to", nullable = false)
    private String sentTo;

    @Column(name = "salt", nullable = false)
    private byte[] salt;

    @Column(name = "code_hash", nullable = false)
    private byte[] codeHash;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected IdentityCode() {
    }

    /** A new code of six random digits; the digits themselves are in {@link Issued#code()} only. */
    public record Issued(IdentityCode record, String code) {
    }

    /**
     * @param key the service's secret key for the hash (a pepper, never stored with the rows), so that
     *            reading the table does not let anyone try the million codes
     */
    public static Issued issue(UUID requestId, Channel channel, String sentBy, OffsetDateTime now, Duration validFor,
            byte[] key) {
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        IdentityCode issued = new IdentityCode();
        issued.id = UUID.randomUUID();
        issued.requestId = requestId;
        issued.channel = channel;
        issued.sentTo = "";
        issued.salt = new byte[16];
        RANDOM.nextBytes(issued.salt);
        issued.codeHash = hash(key, issued.salt, code);
        issued.sentAt = now;
        issued.expiresAt = now.plus(validFor);
        issued.sentBy = sentBy;
        return new Issued(issued, code);
    }

    /** The longest masked address kept. */
    public static final int MAX_SENT_TO = 320;

    /** Records where customer-service sent it, masked as it answered (cut to {@link #MAX_SENT_TO}). */
    public void sentTo(String maskedAddress) {
        String masked = maskedAddress == null || maskedAddress.isBlank() ? "***" : maskedAddress.strip();
        this.sentTo = masked.length() > MAX_SENT_TO ? masked.substring(0, MAX_SENT_TO) : masked;
    }

    /** Checks a code given back: a wrong one counts as a try; a match uses the code up. */
    public Check check(String given, OffsetDateTime now, int maxAttempts, byte[] key) {
        if (usedAt != null || attempts >= maxAttempts) {
            return Check.USED_UP;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (given == null || !MessageDigest.isEqual(codeHash, hash(key, salt, given.strip()))) {
            attempts++;
            return Check.WRONG;
        }
        usedAt = now;
        return Check.MATCHED;
    }

    /** HMAC-SHA256 under the service's key, over the row's salt and the digits. */
    private static byte[] hash(byte[] key, byte[] salt, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(salt);
            return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String sentTo() {
        return sentTo;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public int attempts() {
        return attempts;
    }
}
