package no.los.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Another controller receiving exports, as a real HTTPS server on the loopback with its own
 * certificate. It takes an export only with a manifest whose RS256 signature verifies against the
 * key set it was given (LOS AS's, fetched from {@code GET /transfers/signing-keys}) and whose SHA-256
 * and size match the bytes received: then it answers 201, otherwise 422. Or it refuses everything
 * with a status of the test's choosing. It keeps every delivery for the test to read.
 */
public final class ReceivingController {

    /** One POST as the receiver saw it. */
    public record Received(String contentType, String reprDigest, byte[] body, JsonNode manifest, boolean verified,
            String verdict) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpsServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile JsonWebKeySet trustedKeys;
    private volatile Integer refuseWith;

    public ReceivingController(Path keyStore) {
        try {
            server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keyStore)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/portability", this::receive);
        server.start();
    }

    public URI url() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/portability");
    }

    /** The key set manifests must be signed with. */
    public void trust(String jwkSet) {
        try {
            trustedKeys = new JsonWebKeySet(jwkSet);
        } catch (JoseException e) {
            throw new IllegalArgumentException("not a JWK set", e);
        }
    }

    /** Refuses every export with this status from now; {@code null} takes them again. */
    public void refuseWith(Integer status) {
        refuseWith = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void forget() {
        received.clear();
        refuseWith = null;
    }

    public void stopListening() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String manifestJws = exchange.getRequestHeaders().getFirst("LOS-Transfer-Manifest");
            Received delivery = verify(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Repr-Digest"), body, manifestJws);
            received.add(delivery);
            int status = refuseWith != null ? refuseWith : delivery.verified() ? 201 : 422;
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private Received verify(String contentType, String reprDigest, byte[] body, String manifestJws) {
        if (manifestJws == null) {
            return new Received(contentType, reprDigest, body, null, false, "no manifest");
        }
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.RSA_USING_SHA256));
            jws.setCompactSerialization(manifestJws);
            JsonNode manifest = JSON.readTree(jws.getUnverifiedPayload());
            if (trustedKeys == null) {
                return new Received(contentType, reprDigest, body, manifest, false, "no key set to verify with");
            }
            var key = new VerificationJwkSelector().select(jws, trustedKeys.getJsonWebKeys());
            if (key == null) {
                return new Received(contentType, reprDigest, body, manifest, false, "signed with an unknown key");
            }
            jws.setKey(key.getKey());
            if (!jws.verifySignature()) {
                return new Received(contentType, reprDigest, body, manifest, false, "the signature does not verify");
            }
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            if (!sha256.equals(manifest.path("what").path("sha256").asText())
                    || manifest.path("what").path("size").asLong() != body.length) {
                return new Received(contentType, reprDigest, body, manifest, false, "the bytes are not the manifest's");
            }
            return new Received(contentType, reprDigest, body, manifest, true, "verified");
        } catch (JoseException | IOException | GeneralSecurityException e) {
            return new Received(contentType, reprDigest, body, null, false, e.getClass().getSimpleName());
        }
    }

    private static SSLContext serverContext(Path keyStore) {
        try (InputStream store = Files.newInputStream(keyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(store, SelfSignedCertificates.PASSWORD.toCharArray());
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, SelfSignedCertificates.PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the receiver's key store cannot be read", e);
        }
    }
}
