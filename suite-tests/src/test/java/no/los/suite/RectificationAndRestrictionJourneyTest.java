package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Rectification (Art. 16, 19) and restriction (Art. 18) across the five services as processes: the
 * person asks on Min side, dsar-service publishes the request, and every service carries out its part
 * and answers. A rectified address reaches every holder and its recipients are recorded for the
 * person; a restriction keeps the data but stops newsletters, the app and changes, and is lifted only
 * after the person was told. A request staff registered waits until a second privacy officer approves
 * it, and its identity may be established with a one-time code to the registered phone.
 * {@link TopicPrivacyTest} scans every topic for the values planted here.
 */
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RectificationAndRestrictionJourneyTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);
    private static final List<String> ANSWERING = List.of("consent-service", "consumption-service",
            "customer-service", "marketing-service");

    private Suite suite;
    private SuiteClient client;
    private PlantedPerson person;
    private UUID customer;

    @BeforeAll
    void enrolACustomerWithTheAppAndTheNewsletter() {
        suite = Suite.started();
        client = new SuiteClient(suite);
        person = PlantedPerson.fresh();
        customer = client.enrol(person).customerId();
        client.giveConsent(customer, "NEWSLETTER_EMAIL");
        client.giveConsent(customer, "VISUALISATION_APP");
        client.setUpTheApp(customer);
        client.subscribeNewsletter(customer, person.email());
    }

    @Test
    @Order(1)
    void aRectifiedAddressReachesEveryHolderAndThePersonSeesWhoWasTold() {
        UUID request = client.requestOnMinSide(customer, "RECTIFICATION");
        String corrected = PlantedPerson.fresh().street(); // planted, so that the topic scan looks for it too
        client.rectifyAddress(customer, corrected, request, false).then().statusCode(200);

        JsonPath done = client.awaitCompleted(request, ANSWERED);
        assertEquals(ANSWERING, done.getList("rights.services.service"), "every service answered");
        assertEquals(List.of("postal-address"),
                done.getList("rights.services.find { it.service == 'customer-service' }.categories"));
        assertEquals(corrected, client.customer(customer).getString("address.street"));

        List<Map<String, Object>> recipients = client.myRecipients(customer, request);
        List<String> processors = recipients.stream().filter(r -> "PROCESSOR".equals(r.get("kind")))
                .map(r -> (String) r.get("recipient")).toList();
        List<String> declared = client.dataMap(SuiteService.CUSTOMER)
                .getList("categories.find { it.name == 'postal-address' }.recipients.findAll { it.kind == 'PROCESSOR' }.name");
        assertFalse(declared.isEmpty(), "customer-service names the processors of the postal address");
        assertEquals(declared.stream().sorted().toList(), processors, "each processor of the address is told");
        recipients.forEach(recipient -> assertEquals(List.of("postal-address"), recipient.get("categories"),
                "told which category, never the value"));
    }

    @Test
    @Order(2)
    void aRestrictionKeepsTheDataButStopsNewslettersTheAppAndChangesUntilItIsLiftedAfterTheNotice() {
        assertTrue(client.onTheNewsletterList(customer));
        UUID request = client.requestOnMinSide(customer, "RESTRICTION");
        JsonPath restricted = client.awaitCompleted(request, ANSWERED);
        assertEquals(ANSWERING, restricted.getList("rights.services.service"), "every service confirmed it");

        assertFalse(client.onTheNewsletterList(customer), "no newsletter goes to a restricted person");
        assertEquals(409, client.describeHousehold(customer, 2).statusCode(), "the app stops");
        assertEquals(409, client.rectifyAddress(customer, "Stoppveien 1", null, false).statusCode(),
                "customer service changes nothing");
        assertEquals(200, client.newsletterSubscriptionStatus(customer), "the newsletter address stays");
        assertEquals(200, client.appProfileStatus(customer), "the app profile stays");

        assertEquals(409, client.liftRestriction(request).statusCode(), "not before the person is told");
        client.tellOfLifting(request, "Adressen din er rettet, og det er ikke lenger grunn til å begrense behandlingen.")
                .then().statusCode(200);
        client.liftRestriction(request).then().statusCode(200);
        Await.until("every service has lifted the restriction", ANSWERED, () -> client.request(request)
                .getList("rights.services.liftConfirmedAt").stream().allMatch(at -> at != null));

        assertTrue(client.onTheNewsletterList(customer), "newsletters go again");
        assertEquals(200, client.describeHousehold(customer, 2).statusCode(), "the app works again");
    }

    @Test
    @Order(3)
    void aStaffRegisteredErasureDoesNothingUntilASecondPrivacyOfficerApprovesIt() {
        UUID other = client.enrol(PlantedPerson.fresh()).customerId();
        client.giveConsent(other, "NEWSLETTER_EMAIL");
        UUID request = client.registerByStaff(other, "ERASURE", "personvern-a", "privacy-officer");
        client.recordIdentityCheck(request, "kundeservice-b").then().statusCode(200);
        assertEquals(409, client.approve(request, "personvern-a").statusCode(), "not by the officer who registered it");

        JsonPath waiting = client.request(request);
        assertTrue(waiting.getBoolean("awaitsApproval"), "the request waits for the second officer, visibly");
        assertNull(waiting.getString("announcedAt"), "nothing was published to the services");
        assertEquals(List.of(), client.receipts(other), "no service has erased anything");
        assertEquals(other.toString(), client.customer(other).getString("id"), "customer-service still holds the person");

        client.approve(request, "personvern-c").then().statusCode(200);
        client.awaitReceipts(other, "ERASURE_REQUESTED", ANSWERED, "customer-service", "consent-service",
                "consumption-service", "marketing-service");
    }

    @Test
    @Order(4)
    void aStaffRegisteredRestrictionIsVerifiedByAOneTimeCodeToTheRegisteredPhoneBeforeTheSecondOfficerApproves() {
        PlantedPerson caller = PlantedPerson.fresh();
        UUID other = client.enrol(caller).customerId();
        UUID request = client.registerByStaff(other, "RESTRICTION", "personvern-a", "privacy-officer");
        client.sendIdentityCode(request, "SMS", "kundeservice-b").then().statusCode(202);
        String code = client.awaitIdentityCodeSentTo(caller.phone());
        assertNull(client.request(request).getString("identityCheck"), "the code alone establishes nothing");

        client.verifyIdentityCode(request, code, "kundeservice-b").then().statusCode(200);
        JsonPath checked = client.request(request);
        assertEquals("ONE_TIME_CODE", checked.getString("identityCheck"));
        assertTrue(checked.getBoolean("awaitsApproval"), "a restriction still waits for the second officer");
        client.approve(request, "personvern-c").then().statusCode(200);
        assertEquals(ANSWERING, client.awaitCompleted(request, ANSWERED).getList("rights.services.service"));
    }
}
