package no.los.dsar.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transfer signing key is read from a PKCS#8 PEM or a private JWK, to the same key with the same
 * id, and its signatures verify with the public JWK it publishes, checked by an independent JOSE
 * library (jose4j).
 */
class SigningKeyMaterialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Test
    void aPemAndAJwkOfTheSameKeyAreOneKeyWithOneId() throws Exception {
        KeyPair pair = rsa(2048);
        SigningKeyMaterial fromPem = SigningKeyMaterial.parse(pem(pair), JSON);
        SigningKeyMaterial fromJwk = SigningKeyMaterial.parse(privateJwk(pair), JSON);

        assertEquals(fromPem.publicJwk(), fromJwk.publicJwk());
        RsaJsonWebKey reference = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) pair.getPublic());
        assertEquals(reference.calculateBase64urlEncodedThumbprint("SHA-256"), fromPem.keyId(),
                "the key id is the RFC 7638 thumbprint");
        assertFalse(fromPem.publicJwk().containsKey("d"), "the published key holds no private part");
    }

    @Test
    void aSignatureVerifiesWithThePublishedKey() throws Exception {
        SigningKeyMaterial key = SigningKeyMaterial.parse(pem(rsa(2048)), JSON);
        String header = BASE64URL.encodeToString(("{\"alg\":\"RS256\",\"kid\":\"" + key.keyId() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String payload = BASE64URL.encodeToString("{\"jti\":\"1\"}".getBytes(StandardCharsets.UTF_8));
        String jws = header + "." + payload + "." + BASE64URL.encodeToString(key.sign(header + "." + payload));

        java.security.PublicKey published = ((PublicJsonWebKey) JsonWebKey.Factory.newJwk(
                JSON.writeValueAsString(key.publicJwk()))).getPublicKey();
        assertTrue(verifies(jws, published));

        String changed = header + "." + BASE64URL.encodeToString("{\"jti\":\"2\"}".getBytes(StandardCharsets.UTF_8))
                + "." + jws.substring(jws.lastIndexOf('.') + 1);
        assertFalse(verifies(changed, published), "a changed manifest no longer verifies");
    }

    private static boolean verifies(String compact, java.security.PublicKey key) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(compact);
        jws.setKey(key);
        return jws.verifySignature();
    }

    @Test
    void aJwkKeepsItsOwnKeyId() throws Exception {
        KeyPair pair = rsa(2048);
        String jwk = privateJwk(pair).replace("{", "{\"kid\":\"transfer-2025\",");
        assertEquals("transfer-2025", SigningKeyMaterial.parse(jwk, JSON).keyId());
    }

    @Test
    void aKeyInAnotherFormOrTooShortIsRefusedWithoutQuotingIt() throws Exception {
        IllegalArgumentException pkcs1 = assertThrows(IllegalArgumentException.class,
                () -> SigningKeyMaterial.parse("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----", JSON));
        assertTrue(pkcs1.getMessage().contains("PKCS#8"));
        assertFalse(pkcs1.getMessage().contains("MIIEow"));
        assertThrows(IllegalArgumentException.class, () -> SigningKeyMaterial.parse(pem(rsa(1024)), JSON));
        IllegalArgumentException garbled = assertThrows(IllegalArgumentException.class,
                () -> SigningKeyMaterial.parse("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----", JSON));
        assertFalse(garbled.getMessage().contains("bm90IGEga2V5"));
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
    }

    private static String privateJwk(KeyPair pair) throws Exception {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) pair.getPrivate();
        return JSON.writeValueAsString(Map.of("kty", "RSA", "n", unsigned(key.getModulus()),
                "e", unsigned(key.getPublicExponent()), "d", unsigned(key.getPrivateExponent()),
                "p", unsigned(key.getPrimeP()), "q", unsigned(key.getPrimeQ()), "dp", unsigned(key.getPrimeExponentP()),
                "dq", unsigned(key.getPrimeExponentQ()), "qi", unsigned(key.getCrtCoefficient())));
    }

    private static String unsigned(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }
}
