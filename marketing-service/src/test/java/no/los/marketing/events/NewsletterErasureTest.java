package no.los.marketing.events;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import no.los.marketing.NewsletterAddress;
import no.los.marketing.suppression.SuppressionHashes;
import no.los.marketing.suppression.SuppressionReason;
import no.los.platform.test.Await;

/**
 * How marketing answers the erasure triggers beyond a consent withdrawal: a direct-marketing
 * objection, the end of the customer relationship and an erasure request. Each is answered with one
 * confirmation of what went and what stayed.
 */
@QuarkusTest
class NewsletterErasureTest {

    @Inject
    SuppressionHashes hashes;

    @Test
    void aDirectMarketingObjectionDeletesTheAddressAndShutsTheDoorForGood() {
        UUID customer = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, email);

        String objection = UUID.randomUUID().toString();
        ConsentEvents.objection(objection, customer, "DIRECT_MARKETING");

        JsonPath confirmation = Confirmations.answering(customer, objection);
        assertEquals("OBJECTION_REGISTERED", confirmation.getString("trigger"));
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-address"));
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-consent"));
        assertEquals("suppression-entry", confirmation.getString("kept[0].category"));
        assertEquals(1, confirmation.getInt("kept[0].count"));
        assertEquals("MARKETING_SUPPRESSION", confirmation.getString("kept[0].reason"));
        assertEquals(404, Newsletter.mine(customer));
        assertEquals(0, Stored.consents(customer), "the consent record is gone");
        assertEquals(1, Stored.suppression(hashes.ofCustomer(customer), hashes.ofAddress(new NewsletterAddress(email)),
                SuppressionReason.DIRECT_MARKETING_OBJECTION));
        assertEquals(0, Stored.suppressionRowsMentioning(email));

        // Even a consent that reaches marketing afterwards does not lift an objection.
        String lateConsent = UUID.randomUUID().toString();
        ConsentEvents.given(lateConsent, customer, "NEWSLETTER_EMAIL");
        Await.until("the late consent was handled", Duration.ofSeconds(30), () -> Handled.withId(lateConsent) == 1);
        assertEquals(409, Newsletter.subscribe(customer, email));
        assertEquals(409, Newsletter.subscribe(customer, Newsletter.uniqueAddress()), "nor with another address");
        Newsletter.importing(List.of(Newsletter.entry(customer, Newsletter.uniqueAddress())))
                .then().statusCode(200).body("skippedSuppressed", equalTo(1)).body("added", equalTo(0));
        assertEquals(0, Stored.subscriptions(customer));
    }

    @Test
    void anObjectionToSurveysLeavesTheNewsletterAlone() {
        UUID customer = UUID.randomUUID();
        Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());

        String objection = UUID.randomUUID().toString();
        ConsentEvents.objection(objection, customer, "SURVEYS");
        Await.until("the objection was handled", Duration.ofSeconds(30), () -> Handled.withId(objection) == 1);

        assertEquals(200, Newsletter.mine(customer));
        assertEquals(0, Confirmations.naming(objection), "marketing holds no survey data, so nothing to confirm");
    }

    @Test
    void theEndOfTheRelationshipDeletesAddressAndConsentWithoutSuppressing() {
        UUID customer = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, email);

        String ended = UUID.randomUUID().toString();
        TriggerEvents.relationshipEnded(ended, customer);

        JsonPath confirmation = Confirmations.answering(customer, ended);
        assertEquals("RELATIONSHIP_ENDED", confirmation.getString("trigger"));
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-address"));
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-consent"));
        assertTrue(confirmation.getList("kept").isEmpty(), "nothing kept");
        assertEquals(404, Newsletter.mine(customer));
        assertEquals(0, Stored.consents(customer));
        assertEquals(0, Stored.suppressionOfCustomer(hashes.ofCustomer(customer)), "a former customer is not suppressed");
        assertEquals(0, Stored.rowsMentioning(email), "no table holds the address any more");
    }

    @Test
    void anErasureRequestDeletesEverythingAndNamesTheSuppressionItKeeps() {
        UUID customer = UUID.randomUUID();
        Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());
        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, customer, "NEWSLETTER_EMAIL");
        String freshConsent = UUID.randomUUID().toString();
        ConsentEvents.given(freshConsent, customer, "NEWSLETTER_EMAIL");
        Await.until("the fresh consent arrived", Duration.ofSeconds(30), () -> Handled.withId(freshConsent) == 1);

        UUID request = UUID.randomUUID();
        String received = UUID.randomUUID().toString();
        TriggerEvents.requestReceived(received, request, customer, "ERASURE");

        JsonPath confirmation = Confirmations.answering(customer, received);
        assertEquals("ERASURE_REQUESTED", confirmation.getString("trigger"));
        assertEquals(request.toString(), confirmation.getString("requestId"));
        assertEquals(0, Confirmations.deleted(confirmation, "newsletter-address"), "the withdrawal took it already");
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-consent"));
        assertEquals("suppression-entry", confirmation.getString("kept[0].category"));
        assertEquals(1, confirmation.getInt("kept[0].count"));
        assertEquals("MARKETING_SUPPRESSION", confirmation.getString("kept[0].reason"));
        assertEquals(0, Stored.consents(customer));
    }

    @Test
    void anErasureRequestOfASubscriberWithoutSuppressionKeepsNothing() {
        UUID customer = UUID.randomUUID();
        String email = Newsletter.uniqueAddress();
        Newsletter.consentAndSubscribe(customer, email);

        UUID request = UUID.randomUUID();
        String received = UUID.randomUUID().toString();
        TriggerEvents.requestReceived(received, request, customer, "ERASURE");

        JsonPath confirmation = Confirmations.answering(customer, received);
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-address"));
        assertEquals(1, Confirmations.deleted(confirmation, "newsletter-consent"));
        assertTrue(confirmation.getList("kept").isEmpty());
        assertEquals(0, Stored.rowsMentioning(email));
    }

    @Test
    void aConfirmationCountsOnlyTheCustomersOwnSuppressionLinesNotAnotherCustomersForASharedAddress() {
        // One household, one address, three customers; the first withdraws, suppressing the address.
        String email = Newsletter.uniqueAddress();
        UUID kari = UUID.randomUUID();
        UUID ola = UUID.randomUUID();
        UUID per = UUID.randomUUID();
        Newsletter.consentAndSubscribe(kari, email);
        Newsletter.consentAndSubscribe(ola, email);
        Newsletter.consentAndSubscribe(per, email);
        String withdrawal = UUID.randomUUID().toString();
        ConsentEvents.withdrawn(withdrawal, kari, "NEWSLETTER_EMAIL");
        assertEquals(1, Confirmations.answering(kari, withdrawal).getInt("kept[0].count"));
        byte[] address = hashes.ofAddress(new NewsletterAddress(email));
        assertEquals(1, Stored.suppression(hashes.ofCustomer(kari), address, SuppressionReason.CONSENT_WITHDRAWN));

        // Ola's erasure: Kari's line names Ola's address, but it is not Ola's to report.
        String received = UUID.randomUUID().toString();
        TriggerEvents.requestReceived(received, UUID.randomUUID(), ola, "ERASURE");
        JsonPath erasure = Confirmations.answering(ola, received);
        assertEquals(1, Confirmations.deleted(erasure, "newsletter-address"));
        assertTrue(erasure.getList("kept").isEmpty(), "no suppression line is Ola's: " + erasure.getList("kept"));

        // Per objects: Per's own line for the address, and only that one, is kept for Per.
        String objection = UUID.randomUUID().toString();
        ConsentEvents.objection(objection, per, "DIRECT_MARKETING");
        JsonPath objected = Confirmations.answering(per, objection);
        assertEquals("suppression-entry", objected.getString("kept[0].category"));
        assertEquals(1, objected.getInt("kept[0].count"));
        assertEquals(1, Stored.suppressionOfCustomer(hashes.ofCustomer(per)));
        assertEquals(1, Stored.suppression(hashes.ofCustomer(per), address, SuppressionReason.DIRECT_MARKETING_OBJECTION));
    }

    @Test
    void otherDataSubjectRequestsAreNotErasures() {
        UUID customer = UUID.randomUUID();
        Newsletter.consentAndSubscribe(customer, Newsletter.uniqueAddress());
        String received = UUID.randomUUID().toString();
        TriggerEvents.requestReceived(received, UUID.randomUUID(), customer, "ACCESS");
        Await.until("the access request was handled", Duration.ofSeconds(30), () -> Handled.withId(received) == 1);

        assertEquals(200, Newsletter.mine(customer));
        assertEquals(0, Confirmations.naming(received));
    }
}
