package no.los.platform.test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens for tests, trusted by the OIDC test server
 * ({@code OidcWiremockTestResource}), plus the two kinds a service must refuse: expired and forged.
 */
public final class TestTokens {

    /** The issuer the OIDC test server announces. */
    private static final String ISSUER = "https://server.example.com";
    /** The key the OIDC test server publishes, shipped in quarkus-test-oidc-server. */
    private static final String TRUSTED_KEY = "privateKey.jwk";
    private static final String KEY_ID = "1";

    /** Every role of the realm, people's and machines'. */
    public static final Set<String> ALL_ROLES = Realm.roles();
    /** The audiences of the suite's tokens: every service, as the realm issues them (each service accepts its own). */
    public static final Set<String> SERVICES = Set.of("customer-service", "consent-service", "consumption-service",
            "marketing-service", "dsar-service");

    private static final String RIGHTS_COLLECTOR = "rights-collector";

    private TestTokens() {
    }

    /** A valid token of a staff member or machine client with these roles. */
    public static String withRoles(String... roles) {
        return claims(Set.of(roles)).jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /** A valid token of this staff member (their identity provider subject) with these roles. */
    public static String staff(String subject, String... roles) {
        return claims(Set.of(roles)).subject(subject).jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /**
     * The token dsar-service obtains with its own client credentials: the {@code rights-collector}
     * role, and itself as the authorised party. The only caller that may fetch a person's part from a service.
     */
    public static String rightsCollector() {
        return claims(Set.of(RIGHTS_COLLECTOR)).claim("azp", "dsar-service").jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /** A rights-collector token that lasts this long (the suite's benchmark outlives ten minutes). */
    public static String rightsCollector(java.time.Duration lifetime) {
        return claims(Set.of(RIGHTS_COLLECTOR)).claim("azp", "dsar-service").expiresAt(Instant.now().plus(lifetime))
                .jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /** The token a machine client of the realm obtains: its roles, its audiences, itself as the authorised party. */
    public static String machine(Realm.MachineClient client) {
        return claims(client.roles()).audience(client.audiences()).claim("azp", client.clientId())
                .jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /** A valid token of the customer with this id, as Min side or the app would send it. */
    public static String customer(UUID customerId) {
        return claims(Set.of("customer")).claim("customer_id", customerId.toString())
                .jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /** A customer token without the customer_id claim, as a misconfigured identity provider would issue. */
    public static String customerWithoutId() {
        return withRoles("customer");
    }

    /** Correctly signed, but it ran out an hour ago. */
    public static String expired(String... roles) {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        return claims(Set.of(roles)).issuedAt(anHourAgo.minusSeconds(300)).expiresAt(anHourAgo)
                .jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /** Claims anybody could write, signed with a key the identity provider never published. */
    public static String forged(String... roles) {
        return claims(Set.of(roles)).jws().keyId(KEY_ID).sign(strangersKey());
    }

    /** A valid token with these roles, but issued for another API than the suite's: every service refuses it. */
    public static String forAnotherAudience(String... roles) {
        return claims(Set.of(roles)).audience("los-billing-api").jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    /** Correctly signed and for the suite, but an ID token (Keycloak's {@code typ} "ID"), not an access token. */
    public static String idToken(String... roles) {
        return claims(Set.of(roles)).claim("typ", "ID").jws().keyId(KEY_ID).sign(TRUSTED_KEY);
    }

    private static JwtClaimsBuilder claims(Set<String> roles) {
        return Jwt.issuer(ISSUER)
                .claim("typ", "Bearer")
                .audience(SERVICES)
                .subject(UUID.randomUUID().toString())
                .preferredUserName("test-user")
                .groups(roles)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
    }

    private static PrivateKey strangersKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
