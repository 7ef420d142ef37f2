package no.los.dsar.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import no.los.dsar.config.TransferConfig;
import no.los.dsar.portability.SpooledExport;

/**
 * Carries an export to a receiver: one HTTPS POST, the export as the body and the signed manifest in
 * the {@value #MANIFEST_HEADER} header, its digest in {@code Repr-Digest} (RFC 9530). The receiver's
 * certificate must chain to the configured trust store ({@code los.dsar.transfer.trust-store}, or
 * the JVM's own) and name its host; redirects are not followed, since the export goes to the URL on
 * the allow-list and nowhere else. The trust store is read at startup, so one that cannot be read
 * stops the service.
 */
@Startup
@ApplicationScoped
public class TransferCourier {

    /** The header that carries the manifest JWS. */
    public static final String MANIFEST_HEADER = "LOS-Transfer-Manifest";

    @Inject
    TransferConfig config;

    private HttpClient http;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder()
                .sslContext(sslContext())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Delivery deliver(URI receiver, SpooledExport export, String manifest) {
        if (!"https".equalsIgnoreCase(receiver.getScheme())) {
            throw new IllegalStateException("exports go over HTTPS only");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(receiver)
                    .timeout(config.timeout())
                    .header("Content-Type", export.mediaType())
                    .header("Repr-Digest", export.reprDigest())
                    .header(MANIFEST_HEADER, manifest)
                    .POST(HttpRequest.BodyPublishers.ofFile(export.file()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return Delivery.answered(response.statusCode());
        } catch (IOException e) {
            return Delivery.notReached(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.notReached(e);
        }
    }

    private SSLContext sslContext() {
        try {
            if (config.trustStore().isEmpty()) {
                return SSLContext.getDefault();
            }
            KeyStore trusted = KeyStore.getInstance(config.trustStoreType());
            try (InputStream store = Files.newInputStream(config.trustStore().get())) {
                trusted.load(store, config.trustStorePassword().map(String::toCharArray).orElse(null));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the transfer trust store (los.dsar.transfer.trust-store) cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
