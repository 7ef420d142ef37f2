package no.los.customer.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.customer.TestCustomers;
import no.los.platform.accesslog.AccessLogSweep;
import no.los.platform.test.TestDatabase;
import no.los.platform.test.TestTokens;

/**
 * R8: every read or change of a person's data by staff or a machine is in the service's access log,
 * by pseudonymous subject and role, chained by hash so that an entry changed in the database shows;
 * the privacy officer reads it, and the person's access part lists it.
 */
@QuarkusTest
class AccessLogTest {

    private static final String PRIVACY_OFFICER = TestTokens.withRoles("privacy-officer");

    @Inject
    AccessLogSweep sweep;

    @Test
    void anAgentsReadIsLoggedWithSubjectRoleCategoryAndOperation() {
        String customer = TestCustomers.registered();
        String subject = "agent-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.staff(subject, "agent")).get("/customers/" + customer).then().statusCode(200);

        List<Map<String, Object>> entries = entriesOf(customer);
        Map<String, Object> read = entries.stream().filter(entry -> subject.equals(entry.get("actorSubject")))
                .findFirst().orElseThrow(() -> new AssertionError("no entry of the agent's read: " + entries));
        assertEquals("agent", read.get("actorRoles"));
        assertEquals("READ", read.get("operation"));
        assertEquals("customer-identity,postal-address,contact-details", read.get("category"));
        assertTrue(entries.stream().anyMatch(entry -> "CHANGE".equals(entry.get("operation"))),
                "the registration by the agent is logged as a change");
    }

    @Test
    void aRefusedCallAndTheCustomersOwnReadsAreNotLogged() {
        String customer = TestCustomers.registered();
        int before = entriesOf(customer).size();
        given().auth().oauth2(TestTokens.withRoles("marketing")).get("/customers/" + customer).then().statusCode(403);
        given().auth().oauth2(TestTokens.customer(UUID.fromString(customer))).get("/me").then().statusCode(200);
        assertEquals(before, entriesOf(customer).size());
    }

    @Test
    void theAccessPartListsWhoSawThePersonsData() {
        String customer = TestCustomers.registered();
        String subject = "agent-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.staff(subject, "agent")).get("/customers/" + customer + "/contracts")
                .then().statusCode(200);
        JsonPath part = given().auth().oauth2(TestTokens.rightsCollector())
                .get("/rights/customers/" + customer + "/access").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> logged = part.getList("categories.find { it.category.name == 'access-log' }.records");
        assertTrue(logged.stream().anyMatch(entry -> subject.equals(entry.get("actor"))
                && "contracts".equals(entry.get("category")) && "READ".equals(entry.get("operation"))), logged::toString);
        given().auth().oauth2(PRIVACY_OFFICER).get("/data-map").then().statusCode(200)
                .body("categories.find { it.name == 'access-log' }.tables", equalTo(List.of("access_log_entry")));
    }

    @Test
    void theLogIsAppendOnly() throws SQLException {
        TestCustomers.registered();
        try (Connection db = database(); Statement statement = db.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("update access_log_entry set category = 'nothing' where seq = (select max(seq) from access_log_entry)"));
            assertTrue(update.getMessage().contains("append-only"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from access_log_entry"));
        }
    }

    @Test
    void anEntryTamperedBehindTheTriggersBackBreaksTheChainThere() throws SQLException {
        String customer = TestCustomers.registered();
        given().auth().oauth2(TestCustomers.AGENT).get("/customers/" + customer).then().statusCode(200);
        given().auth().oauth2(PRIVACY_OFFICER).get("/access-log/verification").then().statusCode(200)
                .body("intact", equalTo(true));
        long tampered = ((Number) entriesOf(customer).get(0).get("seq")).longValue();
        try (Connection db = database(); Statement statement = db.createStatement()) {
            // what a database administrator could do: switch the trigger off and rewrite who it was
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update access_log_entry set actor_roles = 'admin' where seq = " + tampered);
            statement.execute("set session_replication_role = origin");
        }
        JsonPath verification = given().auth().oauth2(PRIVACY_OFFICER).get("/access-log/verification")
                .then().statusCode(200).extract().jsonPath();
        try {
            assertFalse(verification.getBoolean("intact"));
            assertEquals(tampered, verification.getLong("firstBrokenSeq"));
        } finally {
            try (Connection db = database(); Statement statement = db.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.executeUpdate("update access_log_entry set actor_roles = 'agent' where seq = " + tampered);
                statement.execute("set session_replication_role = origin");
            }
        }
        given().auth().oauth2(PRIVACY_OFFICER).get("/access-log/verification").then().body("intact", equalTo(true));
    }

    @Test
    void theSweepDeletesOnlyEntriesPastTheirRetention() {
        String customer = TestCustomers.registered();
        assertEquals(0, sweep.sweepAt(OffsetDateTime.now()), "nothing is three years old yet");
        assertFalse(entriesOf(customer).isEmpty());
        assertTrue(sweep.sweepAt(OffsetDateTime.now().plusYears(4)) > 0, "four years on, everything has gone");
        assertTrue(entriesOf(customer).isEmpty());
        given().auth().oauth2(PRIVACY_OFFICER).get("/access-log/verification").then().body("intact", equalTo(true));
    }

    private static List<Map<String, Object>> entriesOf(String customer) {
        return given().auth().oauth2(PRIVACY_OFFICER).queryParam("customerId", customer).get("/access-log")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url("customer_test"), TestDatabase.USER, TestDatabase.PASSWORD);
    }
}
