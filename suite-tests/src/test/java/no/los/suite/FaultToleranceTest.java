package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import no.los.platform.test.TestDatabase;
import no.los.platform.test.TopicRecords;

/**
 * The erasure protocol under the faults production will meet: the broker gone while customers
 * leave, a consuming service killed without warning in the middle of the stream, and every event
 * arriving twice. Nothing is lost and nothing takes effect twice.
 */
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

    private static final List<String> ALL_FOUR = List.of("customer-service", "consent-service",
            "consumption-service", "marketing-service");
    private static final Duration RECOVERY = Duration.ofSeconds(90);

    private Suite suite;
    private SuiteClient client;

    @BeforeAll
    void startTheSuite() {
        suite = Suite.started();
        client = new SuiteClient(suite);
    }

    @Test
    @Order(1)
    void terminationsMadeWhileTheBrokerIsDownReachEveryServiceOnceItIsBack() {
        List<SuiteClient.Enrolled> leaving = subscribersToTheNewsletter(10);

        suite.broker().stop();
        try {
            leaving.forEach(customer -> client.terminate(customer, SuiteClient.today()).then().statusCode(200));
            assertTrue(unpublishedEventsOf(SuiteService.CUSTOMER) >= 2L * leaving.size(),
                    "the terminations wait in customer-service's outbox while the broker is away");
        } finally {
            suite.broker().start();
        }

        for (SuiteClient.Enrolled customer : leaving) {
            Receipts receipts = Receipts.of(client.awaitReceipts(customer.customerId(), "RELATIONSHIP_ENDED", RECOVERY,
                    ALL_FOUR.toArray(String[]::new)));
            assertEquals(4, receipts.size(), "exactly one confirmation per service");
            assertAddressDeletedExactlyOnce(customer);
        }
    }

    @Test
    @Order(2)
    void aConsumingServiceKilledMidStreamCatchesUpAfterARestart() {
        List<SuiteClient.Enrolled> leaving = subscribersToTheNewsletter(20);
        ServiceProcess marketing = suite.process(SuiteService.MARKETING);

        leaving.subList(0, 10).forEach(customer -> client.terminate(customer, SuiteClient.today()).then().statusCode(200));
        marketing.kill();
        assertFalse(marketing.isAlive(), "marketing-service is gone (SIGKILL)");
        leaving.subList(10, 20).forEach(customer -> client.terminate(customer, SuiteClient.today()).then().statusCode(200));
        marketing.start();
        marketing.awaitReady(Duration.ofMinutes(1));

        for (SuiteClient.Enrolled customer : leaving) {
            Receipts receipts = Receipts.of(client.awaitReceipts(customer.customerId(), "RELATIONSHIP_ENDED", RECOVERY,
                    "marketing-service")).from("marketing-service");
            assertEquals(1, receipts.size(), "marketing-service confirmed once, not once per delivery");
            assertAddressDeletedExactlyOnce(customer);
        }
    }

    @Test
    @Order(3)
    void everyEventDeliveredTwiceTakesEffectOnce() {
        SuiteTopics topics = new SuiteTopics(suite);
        topics.awaitEveryServiceCaughtUp(RECOVERY);
        Map<SuiteService, Map<String, Long>> rowsBefore = rowCounts();
        List<ConsumerRecord<String, byte[]>> published = topics.everyRecord();
        Set<String> eventsBefore = eventIds(published);
        assertTrue(published.size() > 100, "the suite has produced a real stream: " + published.size() + " records");

        published.forEach(record -> TopicRecords.send(TopicRecords.again(record)));
        topics.awaitEveryServiceCaughtUp(RECOVERY);

        List<ConsumerRecord<String, byte[]>> after = topics.everyRecord();
        assertEquals(2 * published.size(), after.size(), "every record is on its topic twice");
        assertEquals(eventsBefore, eventIds(after), "no service published anything in answer to a duplicate");
        assertEquals(rowsBefore, rowCounts(), "no table of any service changed");
    }

    /**
     * The address went once, whichever trigger reached marketing first: the relationship's end, or the
     * withdrawal of the newsletter consent that consent-service records when the relationship ends.
     */
    private void assertAddressDeletedExactlyOnce(SuiteClient.Enrolled customer) {
        assertEquals(1, Receipts.of(client.receipts(customer.customerId())).from("marketing-service")
                .totalDeleted("newsletter-address"));
        assertEquals(404, client.newsletterSubscriptionStatus(customer.customerId()));
        assertEquals(Map.of(), DatabaseScan.tablesHolding(SuiteService.MARKETING, customer.person().email()));
    }

    private List<SuiteClient.Enrolled> subscribersToTheNewsletter(int count) {
        List<SuiteClient.Enrolled> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PlantedPerson person = PlantedPerson.fresh();
            SuiteClient.Enrolled customer = client.enrol(person);
            client.giveConsent(customer.customerId(), "NEWSLETTER_EMAIL");
            customers.add(customer);
        }
        customers.forEach(customer -> client.subscribeNewsletter(customer.customerId(), customer.person().email()));
        return customers;
    }

    private static long unpublishedEventsOf(SuiteService service) {
        return TestDatabase.number(service.database(), "select count(*) from outbox_event where published_at is null");
    }

    private static Map<SuiteService, Map<String, Long>> rowCounts() {
        Map<SuiteService, Map<String, Long>> counts = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            counts.put(service, DatabaseScan.rowCounts(service));
        }
        return counts;
    }

    private static Set<String> eventIds(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .map(record -> TopicRecords.header(record, "ce_source") + " " + TopicRecords.header(record, "ce_id"))
                .collect(Collectors.toSet());
    }
}
