package no.los.dsar.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How dsar-service sends a person's export directly to another controller (Art. 20(2), R20). */
@ConfigMapping(prefix = "los.dsar.transfer")
public interface TransferConfig {

    /**
     * The RSA key that signs every transfer manifest (RS256): a PKCS#8 PEM ({@code BEGIN PRIVATE KEY})
     * or a private JWK, from a secret. Without it direct transfers are refused; downloads still work.
     */
    Optional<String> signingKey();

    /**
     * The trust store (PKCS#12 unless {@link #trustStoreType()} says otherwise) holding the
     * certificate authorities a receiver's HTTPS certificate must chain to; the JVM's own when unset.
     */
    Optional<Path> trustStore();

    /** The password of {@link #trustStore()}. */
    Optional<String> trustStorePassword();

    /** The type of {@link #trustStore()}. */
    @WithDefault("PKCS12")
    String trustStoreType();

    /** How long a receiver may take to accept an export before the transfer counts as failed. */
    @WithDefault("PT2M")
    Duration timeout();

    /** The controller named as the sender in every manifest. */
    @WithDefault("LOS AS")
    String sender();
}
