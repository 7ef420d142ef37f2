package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.path.json.JsonPath;

import no.los.platform.test.Await;

/**
 * One customer's way out of LOS, step by step, across the five running services: the app consent
 * withdrawn, an objection to direct marketing, the last contract terminated, and finally a request
 * for erasure. After each step the APIs answer as the policy promises, dsar-service holds each
 * acting service's confirmation, and a scan of every service database finds the person's
 * identifiers exactly where the confirmations say they are kept, and nowhere else.
 */
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErasureJourneyTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private SuiteClient client;
    private SuiteClient.Enrolled customer;
    private PlantedPerson person;
    private final LocalDate firstDay = SuiteClient.today().minusDays(2);

    @BeforeAll
    void enrolACustomerWithEverything() {
        client = new SuiteClient(Suite.started());
        person = PlantedPerson.fresh();
        customer = client.enrol(person);
        Suite.started().loginAccounts().plantUser(customer.customerId()); // her login for Min side and the app
        client.giveConsent(customer.customerId(), "NEWSLETTER_EMAIL");
        client.giveConsent(customer.customerId(), "VISUALISATION_APP");
        client.subscribeNewsletter(customer.customerId(), person.email());
        client.setUpTheApp(customer.customerId());
        client.deliverReadingsOnceKnown(person, firstDay);
        client.deliverReadings(person, firstDay.plusDays(1));

        assertEquals(48, client.hourlyReadingsSeenBy(customer.customerId(), firstDay, firstDay.plusDays(2)));
        assertEquals(Set.of("newsletter_subscription"),
                DatabaseScan.dataTablesHolding(SuiteService.MARKETING, person.email()).keySet(),
                "before any step, marketing keeps the address in its e-mail store only");
        assertNationalIdNumberIsStoredNowhereInClear();
        Await.until("consent-service learnt the customer customer-service registered", Duration.ofSeconds(30),
                () -> client.staffObjectionsStatus(customer.customerId()) == 200);
        assertEquals(404, client.staffObjectionsStatus(UUID.randomUUID()), "an id nobody registered is refused");
    }

    @Test
    @Order(1)
    void withdrawingTheAppConsentDeletesAppDataAndKeepsInvoicingData() {
        client.withdrawConsent(customer.customerId(), "VISUALISATION_APP");

        Receipts receipts = Receipts.of(client.awaitReceipts(customer.customerId(), "CONSENT_WITHDRAWN", PROPAGATION,
                "consumption-service")).from("consumption-service");
        assertEquals(1, receipts.deleted("app-profile"));
        assertEquals(2, receipts.deleted("alert-settings"));
        assertEquals(404, client.appProfileStatus(customer.customerId()));
        assertEquals(48, client.hourlyReadingsSeenBy(customer.customerId(), firstDay, firstDay.plusDays(2)),
                "hourly consumption is invoicing data: it stays");
        assertTrue(DatabaseScan.dataTablesHolding(SuiteService.CONSUMPTION, customer.customerId().toString())
                .keySet().stream().noneMatch(table -> table.contains("app") || table.contains("alert")),
                "no app-only table holds the customer");
        assertEquals(200, client.newsletterSubscriptionStatus(customer.customerId()),
                "the newsletter has its own consent: it is untouched");
        assertEquals(Set.of("consumption-service"),
                Receipts.of(client.receipts(customer.customerId())).forTrigger("CONSENT_WITHDRAWN").services());
    }

    @Test
    @Order(2)
    void objectingToDirectMarketingRemovesTheAddressEverywhereAndSuppressesIt() {
        client.objectToDirectMarketing(customer.customerId()).then().statusCode(201);

        Receipts receipts = Receipts.of(client.awaitReceipts(customer.customerId(), "OBJECTION_REGISTERED",
                PROPAGATION, "marketing-service")).from("marketing-service");
        assertEquals(1, receipts.deleted("newsletter-address"));
        Map<String, Object> suppression = receipts.kept("suppression-entry");
        assertEquals("MARKETING_SUPPRESSION", suppression.get("reason"));
        assertNull(suppression.get("until"), "an objection has no end date");

        assertEquals(404, client.newsletterSubscriptionStatus(customer.customerId()));
        assertEquals(409, client.subscribe(customer.customerId(), person.email()).statusCode(),
                "marketing cannot take the address back");
        JsonPath imported = client.importAddresses(List.of(
                Map.of("customerId", customer.customerId().toString(), "email", person.email().toUpperCase())));
        assertEquals(0, imported.getInt("added"));
        assertEquals(1, imported.getInt("skippedSuppressed"), "a later import does not re-add the address");

        assertEquals(Map.of(), DatabaseScan.tablesHolding(SuiteService.MARKETING, person.email()),
                "no marketing table, not even the outbox, holds the address");
        assertEquals(Set.of("access_log_entry", "upheld_objection"),
                DatabaseScan.dataTablesHolding(SuiteService.MARKETING, customer.customerId().toString()).keySet(),
                "the suppression entry is a keyed hash, not the customer id; only the access log (the import that read "
                        + "their address) and the upheld objection (ids, scope and date) name the customer");
        assertEquals(Set.of("customer"), DatabaseScan.dataTablesHolding(SuiteService.CUSTOMER, person.email()).keySet(),
                "customer-service keeps the contact e-mail for the running contract");
    }

    @Test
    @Order(3)
    void terminatingTheLastContractEndsTheRelationshipInEveryService() {
        client.terminate(customer, SuiteClient.today()).then().statusCode(200);

        LocalDate keptUntil = SuiteClient.keptForBookkeepingUntil(SuiteClient.today());
        Receipts receipts = Receipts.of(client.awaitReceipts(customer.customerId(), "RELATIONSHIP_ENDED", PROPAGATION,
                "customer-service", "consent-service", "consumption-service", "marketing-service"));
        assertEquals(4, receipts.size(), "one confirmation per service");

        Map<String, Object> readings = receipts.from("consumption-service").kept("hourly-readings");
        assertEquals(48, ((Number) readings.get("count")).intValue());
        assertEquals("BOOKKEEPING_ACT", readings.get("reason"));
        assertEquals(keptUntil.toString(), readings.get("until"));
        Map<String, Object> identity = receipts.from("customer-service").kept("customer-identity");
        assertEquals("BOOKKEEPING_ACT", identity.get("reason"));
        assertEquals(keptUntil.toString(), identity.get("until"));
        assertEquals("CONSENT_EVIDENCE", receipts.from("consent-service").kept("consent-ledger").get("reason"));
        assertEquals(0, receipts.from("marketing-service").deleted("newsletter-address"),
                "the address had already gone with the objection");

        assertEquals("FORMER", client.customer(customer.customerId()).getString("relationship.status"));
        assertTrue(DatabaseScan.dataTablesHolding(SuiteService.CONSUMPTION, person.meteringPointId()).values()
                .stream().mapToLong(Long::longValue).sum() >= 48, "the hourly readings are kept for bookkeeping");
    }

    @Test
    @Order(4)
    void anErasureRequestLeavesOnlyWhatTheLawKeeps() {
        UUID requestId = client.requestErasure(customer.customerId());

        Await.until("every service confirmed the erasure request", PROPAGATION,
                () -> "COMPLETED".equals(client.request(requestId).getString("erasure.status")));
        JsonPath request = client.request(requestId);
        assertEquals(Set.of("customer-service", "consent-service", "consumption-service", "marketing-service"),
                Set.copyOf(request.getList("erasure.services.service")));
        assertTrue(request.getList("erasure.services.status").stream().allMatch("CONFIRMED"::equals));
        assertFalse(request.getBoolean("erasure.late"));

        Receipts receipts = Receipts.of(client.receipts(customer.customerId())).forTrigger("ERASURE_REQUESTED");
        assertEquals(4, receipts.size());
        assertEquals(2, receipts.from("customer-service").deleted("contact-details"), "phone and e-mail");
        assertEquals(1, receipts.from("customer-service").deleted("login-account"), "and her login account");
        assertEquals(0, Suite.started().loginAccounts().accountsOf(customer.customerId()),
                "removed at the identity provider through its admin API");
        assertEquals("BOOKKEEPING_ACT", receipts.from("customer-service").kept("customer-identity").get("reason"));

        Map<SuiteService, Map<String, Long>> email = everywhere(person.email());
        Map<SuiteService, Map<String, Long>> phone = everywhere(person.phone());
        assertTrue(email.values().stream().allMatch(Map::isEmpty), "the e-mail address is gone everywhere: " + email);
        assertTrue(phone.values().stream().allMatch(Map::isEmpty), "the phone number is gone everywhere: " + phone);
        for (String kept : List.of(person.fullName(), person.street())) {
            Map<SuiteService, Map<String, Long>> found = everywhere(kept);
            assertEquals(Set.of("customer"), found.get(SuiteService.CUSTOMER).keySet(),
                    "name and postal address are kept in the customer record only, for bookkeeping");
            found.remove(SuiteService.CUSTOMER);
            assertTrue(found.values().stream().allMatch(Map::isEmpty), "and nowhere else: " + found);
        }
        assertNationalIdNumberIsStoredNowhereInClear();
        assertEquals(Map.of(
                SuiteService.CUSTOMER, Set.of("customer", "contract", "metering_point", "upheld_objection",
                        "access_log_entry"),
                SuiteService.CONSENT, Set.of("consent_entry", "objection", "ended_relationship", "access_log_entry"),
                SuiteService.CONSUMPTION, Set.of("known_metering_point", "hourly_reading", "metered_day",
                        "supply_contract", "invoicing_retention", "upheld_objection", "access_log_entry"),
                SuiteService.MARKETING, Set.of("upheld_objection", "access_log_entry"),
                SuiteService.DSAR, Set.of("data_subject_request", "erasure_receipt", "access_log_entry")),
                tablesHoldingTheCustomerId(),
                "the customer id stays only with the records the confirmations list as kept, and dsar's proof");
        assertEquals("ACCESS_LOG", receipts.from("customer-service").kept("access-log").get("reason"),
                "who read or changed the data stays in the access log, and the confirmation says so");
        assertEquals("ACCESS_LOG", receipts.from("consumption-service").kept("access-log").get("reason"));
        assertEquals("ACCESS_LOG", receipts.from("marketing-service").kept("access-log").get("reason"),
                "the import that checked her address against the suppression list is in marketing's log");
        assertEquals("ACCESS_LOG", receipts.from("consent-service").kept("access-log").get("reason"));
        for (String keeper : List.of("customer-service", "consumption-service", "marketing-service")) {
            assertEquals("OBJECTION_IN_FORCE", receipts.from(keeper).kept("upheld-objections").get("reason"),
                    "the direct-marketing objection stays, so that what it stopped does not resume");
        }

        JsonPath imported = client.importAddresses(List.of(
                Map.of("customerId", customer.customerId().toString(), "email", person.email())));
        assertEquals(1, imported.getInt("skippedSuppressed"), "the objection outlives the erasure (Art. 21(3))");
        assertNull(client.customer(customer.customerId()).get("email"));
    }

    private void assertNationalIdNumberIsStoredNowhereInClear() {
        Map<SuiteService, Map<String, Long>> found = everywhere(person.nationalIdNumber());
        assertTrue(found.values().stream().allMatch(Map::isEmpty), "national ID number in clear: " + found);
    }

    private Map<SuiteService, Set<String>> tablesHoldingTheCustomerId() {
        Map<SuiteService, Set<String>> found = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            found.put(service, DatabaseScan.dataTablesHolding(service, customer.customerId().toString()).keySet());
        }
        return found;
    }

    private static Map<SuiteService, Map<String, Long>> everywhere(String value) {
        Map<SuiteService, Map<String, Long>> found = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            found.put(service, DatabaseScan.tablesHolding(service, value));
        }
        return found;
    }
}
