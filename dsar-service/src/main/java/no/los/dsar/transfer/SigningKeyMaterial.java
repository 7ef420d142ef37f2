package no.los.dsar.transfer;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * dsar-service's RSA key for signing transfer manifests (RS256), read from its configured form: a
 * PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) or a private JWK ({@code {"kty":"RSA", "n", "e",
 * "d", ...}}). Its public half is published as a JWK; its key id is the JWK's own {@code kid}, or
 * else the RFC 7638 thumbprint, so it is the same wherever the key is loaded. Error messages never
 * quote the key.
 */
final class SigningKeyMaterial {

    private static final int MINIMUM_BITS = 2048;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    private SigningKeyMaterial(PrivateKey privateKey, RSAPublicKey publicKey, String keyId) {
        if (publicKey.getModulus().bitLength() < MINIMUM_BITS) {
            throw new IllegalArgumentException("the transfer signing key must have at least " + MINIMUM_BITS + " bits");
        }
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyId != null ? keyId : thumbprint(publicKey);
    }

    /** Reads the key from a PKCS#8 PEM or a private JWK. */
    static SigningKeyMaterial parse(String text, ObjectMapper json) {
        String key = text.strip();
        try {
            if (key.startsWith("-----BEGIN PRIVATE KEY-----")) {
                return fromPkcs8(key);
            }
            if (key.startsWith("{")) {
                return fromJwk(json.readTree(key));
            }
        } catch (GeneralSecurityException | JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the transfer signing key cannot be read as an RSA key ("
                    + e.getClass().getSimpleName() + ")");
        }
        throw new IllegalArgumentException("the transfer signing key must be a PKCS#8 PEM (BEGIN PRIVATE KEY; "
                + "convert a BEGIN RSA PRIVATE KEY with openssl pkcs8 -topk8 -nocrypt) or a private JWK");
    }

    private static SigningKeyMaterial fromPkcs8(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(base64)));
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("a PKCS#8 RSA key without its public exponent");
        }
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        return new SigningKeyMaterial(key, publicKey, null);
    }

    private static SigningKeyMaterial fromJwk(JsonNode jwk) throws GeneralSecurityException {
        if (!"RSA".equals(jwk.path("kty").asText()) || !jwk.hasNonNull("d")) {
            throw new IllegalArgumentException("not a private RSA JWK");
        }
        BigInteger modulus = number(jwk, "n");
        BigInteger publicExponent = number(jwk, "e");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey key = jwk.hasNonNull("p") && jwk.hasNonNull("q") && jwk.hasNonNull("dp") && jwk.hasNonNull("dq")
                && jwk.hasNonNull("qi")
                        ? rsa.generatePrivate(new RSAPrivateCrtKeySpec(modulus, publicExponent, number(jwk, "d"),
                                number(jwk, "p"), number(jwk, "q"), number(jwk, "dp"), number(jwk, "dq"),
                                number(jwk, "qi")))
                        : rsa.generatePrivate(new RSAPrivateKeySpec(modulus, number(jwk, "d")));
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(modulus, publicExponent));
        return new SigningKeyMaterial(key, publicKey, jwk.hasNonNull("kid") ? jwk.get("kid").asText() : null);
    }

    /** Signs the compact JWS signing input ({@code header.payload}) with RS256. */
    byte[] sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 is part of every Java platform", e);
        }
    }

    String keyId() {
        return keyId;
    }

    RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The public half as a JWK for verifying RS256 signatures. */
    Map<String, Object> publicJwk() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", keyId);
        jwk.put("n", unsigned(publicKey.getModulus()));
        jwk.put("e", unsigned(publicKey.getPublicExponent()));
        return jwk;
    }

    /** RFC 7638: the SHA-256 of the required members in lexicographic order, without whitespace. */
    private static String thumbprint(RSAPublicKey key) {
        String members = "{\"e\":\"" + unsigned(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + unsigned(key.getModulus()) + "\"}";
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(members.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A JWK integer: base64url of its big-endian bytes, without a leading sign byte. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }

    private static BigInteger number(JsonNode jwk, String member) {
        if (!jwk.hasNonNull(member)) {
            throw new IllegalArgumentException("the JWK lacks " + member);
        }
        return new BigInteger(1, BASE64URL_DECODER.decode(jwk.get(member).asText()));
    }
}
