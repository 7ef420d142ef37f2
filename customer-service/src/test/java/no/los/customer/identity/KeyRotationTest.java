package no.los.customer.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import no.los.customer.IdentityKeys;
import no.los.customer.service.NationalIdRotation;
import no.los.platform.test.SyntheticIdentities;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;

/**
 * A key rotation as operations would run it: the service runs on new keys ("test-2") with the old
 * ones ("test-1") as previous, while rows sealed before still carry the old keys (and one from before
 * key ids existed, sealed without associated data). Every number is found and opens before, during and
 * after the background re-sealing, and afterwards every row is on the new keys.
 */
@QuarkusTest
class KeyRotationTest {

    private static final String AGENT = TestTokens.withRoles("agent");

    @Inject
    NationalIdRotation rotation;

    @Inject
    NationalIdProtection protection;

    @Test
    void afterARotationEveryNationalIdIsFoundByLookupAndOpens() throws Exception {
        NationalIdProtection before = new NationalIdProtection(IdentityKeys.previousKeysOnly());
        Map<UUID, NationalIdNumber> stored = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            NationalIdNumber number = NationalIdNumber.parse(SyntheticIdentities.nationalIdNumber());
            insert(id, before.seal(id, number));
            stored.put(id, number);
        }
        UUID legacy = UUID.randomUUID();
        NationalIdNumber legacyNumber = NationalIdNumber.parse(SyntheticIdentities.nationalIdNumber());
        insert(legacy, sealedBeforeKeyIds(before, legacyNumber));
        stored.put(legacy, legacyNumber);

        stored.forEach(this::isFoundAndOpens);
        assertEquals(stored.size(), onOldKeys(), "every planted row waits for the new keys");

        rotation.resealAll();

        assertEquals(0, onOldKeys(), "every row is sealed and hashed with the new keys");
        stored.forEach(this::isFoundAndOpens);
    }

    @Test
    void aCiphertextCopiedToAnotherRowDoesNotOpen() {
        UUID owner = UUID.randomUUID();
        SealedNationalId sealed = protection.seal(owner, NationalIdNumber.parse(SyntheticIdentities.nationalIdNumber()));
        assertThrows(IllegalStateException.class, () -> protection.open(UUID.randomUUID(), sealed));
    }

    /** Registering the number again is refused (the lookup finds it), and the person's part shows it in full. */
    private void isFoundAndOpens(UUID id, NationalIdNumber number) {
        given().auth().oauth2(AGENT).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Kari Testesen", "nationalIdNumber", number.digits(),
                        "email", "kari.testesen@example.no", "phone", "+47 400 00 000",
                        "address", Map.of("street", "Testveien 1", "postalCode", "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.rightsCollector()).get("/rights/customers/" + id + "/access")
                .then().statusCode(200)
                .body("categories.find { it.category.name == 'customer-identity' }.records[0].nationalIdNumber",
                        equalTo(number.digits()));
    }

    /** As the service sealed before key ids existed: AES-GCM without associated data, ids left null. */
    private static SealedNationalId sealedBeforeKeyIds(NationalIdProtection before, NationalIdNumber number)
            throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(IdentityKeys.PREVIOUS_ENCRYPTION_KEY),
                "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
        byte[] ciphertext = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return new SealedNationalId(ciphertext, null, before.lookupCandidates(number).get(0), null);
    }

    private static void insert(UUID id, SealedNationalId sealed) throws SQLException {
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into customer (id, full_name, "
                + "national_id_encrypted, national_id_key_id, national_id_lookup, national_id_lookup_key_id, email, phone, "
                + "street, postal_code, city, registered_at) values (?, 'Ola Testesen', ?, ?, ?, ?, null, null, "
                + "'Testveien 2', '4612', 'Kristiansand', ?)")) {
            insert.setObject(1, id);
            insert.setBytes(2, sealed.ciphertext());
            insert.setString(3, sealed.keyId());
            insert.setBytes(4, sealed.lookup());
            insert.setString(5, sealed.lookupKeyId());
            insert.setObject(6, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }

    private static long onOldKeys() throws SQLException {
        try (Connection db = database(); Statement statement = db.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from customer where national_id_key_id is "
                        + "distinct from 'test-2' or national_id_lookup_key_id is distinct from 'test-2'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url("customer_test"), TestDatabase.USER, TestDatabase.PASSWORD);
    }
}
