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
 * (Art. 12(6)). Only a salted HMAC of the six digits is kept; the code is good once, until it
 * expires, and for a bounded number of tries.
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

    public static Issued issue(UUID requestId, Channel channel, String sentBy, OffsetDateTime now, Duration validFor) {
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        IdentityCode issued = new IdentityCode();
        issued.id = UUID.randomUUID();
        issued.requestId = requestId;
        issued.channel = channel;
        issued.sentTo = "";
        issued.salt = new byte[16];
        RANDOM.nextBytes(issued.salt);
        issued.codeHash = hash(issued.salt, code);
        issued.sentAt = now;
        issued.expiresAt = now.plus(validFor);
        issued.sentBy = sentBy;
        return new Issued(issued, code);
    }

    /** Records where customer-service sent it, masked as it answered. */
    public void sentTo(String maskedAddress) {
        this.sentTo = maskedAddress;
    }

    /** Checks a code given back: a wrong one counts as a try; a match uses the code up. */
    public Check check(String given, OffsetDateTime now, int maxAttempts) {
        if (usedAt != null || attempts >= maxAttempts) {
            return Check.USED_UP;
        }
        if (!now.isBefore(expiresAt)) {
            return Check.EXPIRED;
        }
        if (given == null || !MessageDigest.isEqual(codeHash, hash(salt, given.strip()))) {
            attempts++;
            return Check.WRONG;
        }
        usedAt = now;
        return Check.MATCHED;
    }

    private static byte[] hash(byte[] salt, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
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
