package no.los.dsar.config;

import java.time.Duration;
import java.util.Base64;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The one-time codes that establish who made a request staff registered. */
@ConfigMapping(prefix = "los.dsar.identity-code")
public interface IdentityCodeConfig {

    /** How long a code may be given back: whole minutes, 1 to 60, as the message to the person states it. */
    @WithDefault("PT10M")
    Duration validFor();

    /** The validity in minutes, refused at start-up unless whole minutes from 1 to 60. */
    default long validMinutes() {
        long minutes = validFor().toMinutes();
        if (minutes < 1 || minutes > 60 || !validFor().equals(Duration.ofMinutes(minutes))) {
            throw new IllegalStateException("los.dsar.identity-code.valid-for must be whole minutes from PT1M to PT60M");
        }
        return minutes;
    }

    /**
     * The secret key the codes are hashed under (base64, at least 32 bytes): no default; the stack
     * generates one, Kubernetes reads it from a Secret. Without it the table alone would give the codes
     * away to anyone who tried the million of them.
     */
    String key();

    /** The key as bytes; refused unless it is base64 of at least 32 bytes. */
    default byte[] keyBytes() {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("los.dsar.identity-code.key must be base64");
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("los.dsar.identity-code.key must be at least 32 bytes");
        }
        return bytes;
    }

    /** How many wrong codes end a code: a new one must be sent. */
    @WithDefault("5")
    @Min(1)
    @Max(10)
    int maxAttempts();

    /** How many codes one request may have sent, after which staff check the identity by hand. */
    @WithDefault("3")
    @Min(1)
    @Max(10)
    int maxCodesPerRequest();
}
