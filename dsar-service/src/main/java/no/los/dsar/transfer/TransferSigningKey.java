package no.los.dsar.transfer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

import no.los.dsar.config.TransferConfig;

/**
 * Signs transfer manifests as compact JWS (RS256) with dsar-service's transfer signing key
 * ({@code los.dsar.transfer.signing-key}), and publishes its public half as a JWK set. Read at
 * startup, so a key that cannot be read stops the service rather than the first transfer. Without a
 * key configured, direct transfers are refused and the key set is empty.
 */
@Startup
@ApplicationScoped
public class TransferSigningKey {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    TransferConfig config;

    @Inject
    ObjectMapper json;

    private Optional<SigningKeyMaterial> key;

    @PostConstruct
    void load() {
        key = config.signingKey().filter(text -> !text.isBlank()).map(text -> SigningKeyMaterial.parse(text, json));
    }

    public boolean isConfigured() {
        return key.isPresent();
    }

    /** The claims, signed: {@code header.payload.signature}, each part base64url. */
    String sign(Map<String, Object> claims) {
        SigningKeyMaterial material = key.orElseThrow(DirectTransferUnavailable::new);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", material.keyId());
        String signingInput = encode(header) + "." + encode(claims);
        return signingInput + "." + BASE64URL.encodeToString(material.sign(signingInput));
    }

    /** The public key as a JWK set (RFC 7517), {@code {"keys": [...]}}; empty without a key. */
    public Map<String, Object> publicKeys() {
        return Map.of("keys", key.map(material -> List.of(material.publicJwk())).orElse(List.of()));
    }

    private String encode(Map<String, Object> part) {
        try {
            return BASE64URL.encodeToString(json.writeValueAsString(part).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest of strings and numbers is always JSON", e);
        }
    }
}
