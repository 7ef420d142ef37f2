package no.los.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * Objections as requests (Art. 21) across the five services as processes: the person objects on Min
 * side, consent-service records the objection for the privacy officer, and the decision closes the
 * request. An upheld objection to peer comparison takes the person out of the comparison groups of
 * consumption-service and every service answers what it stopped; a rejected one is refused with a
 * letter. {@link TopicPrivacyTest} scans every topic for the grounds planted here.
 */
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectionJourneyTest {

    private static final Duration ANSWERED = Duration.ofSeconds(60);
    private static final List<String> ANSWERING = List.of("consent-service", "consumption-service",
            "customer-service", "marketing-service");
    /** No other suite test describes a terraced house heated with wood: the comparison group is this test's own. */
    private static final Map<String, Object> TERRACED_WOOD = Map.of("householdSize", 2, "dwellingType", "TERRACED",
            "heatingType", "WOOD", "areaSquareMetres", 95);

    private SuiteClient client;
    private final List<UUID> households = new ArrayList<>();
    private YearMonth month;

    @BeforeAll
    void enrolElevenSimilarHouseholdsWithTheApp() {
        client = new SuiteClient(Suite.started());
        LocalDate day = SuiteClient.today().minusDays(1);
        month = YearMonth.from(day);
        for (int i = 0; i < 11; i++) { // ten others: the smallest group whose figures are shown
            PlantedPerson person = PlantedPerson.fresh();
            UUID customer = client.enrol(person).customerId();
            client.giveConsent(customer, "VISUALISATION_APP");
            client.describeHouseholdOnceRegistered(customer, TERRACED_WOOD);
            client.deliverReadingsOnceKnown(person, day);
            households.add(customer);
        }
    }

    @Test
    @Order(1)
    void anUpheldPeerComparisonObjectionTakesThePersonOutOfThePeerStatisticsAndEveryServiceAnswers() {
        UUID me = households.get(0);
        UUID objector = households.get(1);
        assertEquals(10, comparison(me).getInt("households"), "the ten other households");
        assertTrue(comparison(me).getBoolean("comparable"));

        String grounds = "Vi bor i " + PlantedPerson.fresh().street() + " og jobber hjemmefra"; // planted for the scan
        UUID request = client.objectOnMinSide(objector, "PEER_COMPARISON", grounds);
        String objection = client.awaitObjectionOfRequest(objector, request);
        assertEquals(grounds, client.request(request).getString("objection.grounds"),
                "the privacy officer reads the grounds with the request");
        assertEquals(10, comparison(me).getInt("households"), "nothing stops before the decision");

        client.decideObjection(objector, objection, "UPHELD", "Ingen tvingende grunner går foran.")
                .then().statusCode(200);
        JsonPath done = client.awaitCompleted(request, ANSWERED);
        assertEquals(ANSWERING, done.getList("rights.services.service"), "every service answered");
        assertEquals(List.of("app-profile", "hourly-readings"),
                done.getList("rights.services.find { it.service == 'consumption-service' }.categories"));
        assertEquals(9, comparison(me).getInt("households"), "the objector is in no group");
        assertEquals(409, client.similarHouseholds(objector, month).statusCode(), "and gets no comparison");
    }

    @Test
    @Order(2)
    void aRejectedObjectionIsRefusedWithALetterAndChangesNothing() {
        UUID me = households.get(0);
        UUID objector = households.get(2);
        UUID request = client.objectOnMinSide(objector, "PEER_COMPARISON", "Jeg liker ikke sammenligninger");
        String objection = client.awaitObjectionOfRequest(objector, request);
        client.decideObjection(objector, objection, "REJECTED", "Sammenligningen er anonym og gir kunden nytte.")
                .then().statusCode(200);
        Await.until("the rejection refuses the request", ANSWERED,
                () -> "REFUSED".equals(client.request(request).getString("status")));
        assertEquals(9, comparison(me).getInt("households"), "the household stays in the group");
        assertEquals(200, client.similarHouseholds(objector, month).statusCode());
    }

    @Test
    @Order(3)
    void aDirectMarketingObjectionAsARequestTakesEffectAtOnce() {
        UUID objector = households.get(3);
        UUID request = client.objectOnMinSide(objector, "DIRECT_MARKETING", null);
        JsonPath done = client.awaitCompleted(request, ANSWERED);
        assertEquals(ANSWERING, done.getList("rights.services.service"));
        assertEquals(List.of("newsletter-address", "newsletter-consent"),
                done.getList("rights.services.find { it.service == 'marketing-service' }.categories"));
        assertEquals(200, client.similarHouseholds(objector, month).statusCode(),
                "an objection to direct marketing does not stop peer comparison");
    }

    private JsonPath comparison(UUID customer) {
        return client.similarHouseholds(customer, month).then().statusCode(200).extract().jsonPath();
    }
}
