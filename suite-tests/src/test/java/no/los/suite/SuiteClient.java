package no.los.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import no.los.platform.http.Page;
import no.los.platform.test.Await;
import no.los.platform.test.TestTokens;

/**
 * The suite's public APIs, called the way the frontends and partner systems call them: over HTTP
 * with signed bearer tokens for an agent, the privacy officer, the customer or a machine client.
 */
final class SuiteClient {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String AGENT = TestTokens.withRoles("agent");
    private static final String PRIVACY_OFFICER = TestTokens.withRoles("privacy-officer");
    private static final String MACHINE = TestTokens.withRoles("billing");

    private final Suite suite;

    SuiteClient(Suite suite) {
        this.suite = suite;
    }

    /** A registered customer with a metering point and a running contract. */
    record Enrolled(PlantedPerson person, UUID customerId, UUID contractId) {
    }

    // customer-service

    Enrolled enrol(PlantedPerson person) {
        UUID customerId = registerCustomer(person);
        call(SuiteService.CUSTOMER, AGENT)
                .body(Map.of("meteringPointId", person.meteringPointId(), "meterNumber", "6970631401234567",
                        "priceArea", "NO2", "latitude", 58.146, "longitude", 7.996))
                .post("/customers/{id}/metering-points", customerId)
                .then().statusCode(201);
        String contractId = call(SuiteService.CUSTOMER, AGENT)
                .body(Map.of("meteringPointId", person.meteringPointId(), "contractType", "SPOT",
                        "startsOn", today().minusMonths(6).toString()))
                .post("/customers/{id}/contracts", customerId)
                .then().statusCode(201).extract().path("id");
        return new Enrolled(person, customerId, UUID.fromString(contractId));
    }

    /** A customer whose contract began {@code years} years ago, so that years of readings may be delivered. */
    Enrolled enrolSince(PlantedPerson person, LocalDate startsOn) {
        UUID customerId = registerCustomer(person);
        call(SuiteService.CUSTOMER, AGENT)
                .body(Map.of("meteringPointId", person.meteringPointId(), "meterNumber", "6970631401234567",
                        "priceArea", "NO2", "latitude", 58.146, "longitude", 7.996))
                .post("/customers/{id}/metering-points", customerId)
                .then().statusCode(201);
        String contractId = call(SuiteService.CUSTOMER, AGENT)
                .body(Map.of("meteringPointId", person.meteringPointId(), "contractType", "SPOT",
                        "startsOn", startsOn.toString()))
                .post("/customers/{id}/contracts", customerId)
                .then().statusCode(201).extract().path("id");
        return new Enrolled(person, customerId, UUID.fromString(contractId));
    }

    /** Hourly readings from {@code from} (inclusive) to {@code to} (exclusive), in batches as the hub sends them. */
    int deliverHourlyReadings(PlantedPerson person, LocalDate from, LocalDate to, String kwh) {
        int delivered = 0;
        OffsetDateTime hour = from.atStartOfDay(OSLO).toOffsetDateTime();
        OffsetDateTime end = to.atStartOfDay(OSLO).toOffsetDateTime();
        while (hour.isBefore(end)) {
            List<Map<String, Object>> batch = new ArrayList<>();
            while (hour.isBefore(end) && batch.size() < 5_000) {
                batch.add(Map.of("start", hour.toString(), "kwh", kwh));
                hour = hour.plusHours(1);
            }
            call(SuiteService.CONSUMPTION, MACHINE)
                    .body(Map.of("readings", batch))
                    .put("/metering-points/{id}/readings", person.meteringPointId())
                    .then().statusCode(200);
            delivered += batch.size();
        }
        return delivered;
    }

    UUID registerCustomer(PlantedPerson person) {
        String id = call(SuiteService.CUSTOMER, AGENT)
                .body(Map.of("fullName", person.fullName(), "nationalIdNumber", person.nationalIdNumber(),
                        "email", person.email(), "phone", person.phone(),
                        "address", Map.of("street", person.street(), "postalCode", "4612", "city", "Kristiansand")))
                .post("/customers")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    Response terminate(Enrolled enrolled, LocalDate endsOn) {
        return call(SuiteService.CUSTOMER, AGENT)
                .body(Map.of("endsOn", endsOn.toString()))
                .post("/customers/{id}/contracts/{contractId}/termination", enrolled.customerId(), enrolled.contractId());
    }

    JsonPath customer(UUID customerId) {
        return call(SuiteService.CUSTOMER, AGENT).get("/customers/{id}", customerId)
                .then().statusCode(200).extract().jsonPath();
    }

    // consent-service

    void giveConsent(UUID customerId, String purpose) {
        call(SuiteService.CONSENT, TestTokens.customer(customerId))
                .body(Map.of("channel", "MIN_SIDE", "noticeVersion", "2026-01", "evidence", "Checkbox on Min side"))
                .put("/me/consents/{purpose}", purpose)
                .then().statusCode(200);
    }

    void withdrawConsent(UUID customerId, String purpose) {
        call(SuiteService.CONSENT, TestTokens.customer(customerId))
                .delete("/me/consents/{purpose}", purpose)
                .then().statusCode(200);
    }

    /** What an agent gets asking for the customer's objections: 404 for an id consent-service does not know. */
    int staffObjectionsStatus(UUID customerId) {
        return call(SuiteService.CONSENT, AGENT).get("/customers/{id}/objections", customerId).statusCode();
    }

    Response objectToDirectMarketing(UUID customerId) {
        return call(SuiteService.CONSENT, TestTokens.customer(customerId))
                .body(Map.of("scope", "DIRECT_MARKETING", "channel", "MIN_SIDE"))
                .post("/me/objections");
    }

    // consumption-service

    /** A day of hourly readings, the way the metering data hub delivers them. */
    void deliverReadings(PlantedPerson person, LocalDate day) {
        List<Map<String, Object>> hours = new ArrayList<>();
        OffsetDateTime start = day.atStartOfDay(OSLO).toOffsetDateTime();
        for (int hour = 0; hour < 24; hour++) {
            hours.add(Map.of("start", start.plusHours(hour).toString(), "kwh", "1.250"));
        }
        call(SuiteService.CONSUMPTION, MACHINE)
                .body(Map.of("readings", hours))
                .put("/metering-points/{id}/readings", person.meteringPointId())
                .then().statusCode(200);
    }

    /** Waits until consumption-service knows the point and its contract, which it learns from events. */
    void deliverReadingsOnceKnown(PlantedPerson person, LocalDate day) {
        Await.until("consumption-service knows metering point and contract", Duration.ofSeconds(30),
                () -> succeeded(() -> deliverReadings(person, day)));
    }

    int hourlyReadingsSeenBy(UUID customerId, LocalDate from, LocalDate to) {
        return call(SuiteService.CONSUMPTION, TestTokens.customer(customerId))
                .queryParam("from", from.atStartOfDay(OSLO).toOffsetDateTime().toString())
                .queryParam("to", to.atStartOfDay(OSLO).toOffsetDateTime().toString())
                .queryParam("limit", Page.MAX_SIZE)
                .get("/me/consumption/hourly")
                .then().statusCode(200).body("next", nullValue()).extract().jsonPath().getList("items").size();
    }

    void setUpTheApp(UUID customerId) {
        Await.until("the app consent reached consumption-service", Duration.ofSeconds(30),
                () -> call(SuiteService.CONSUMPTION, TestTokens.customer(customerId))
                        .body(Map.of("householdSize", 3, "dwellingType", "HOUSE", "heatingType", "HEAT_PUMP",
                                "areaSquareMetres", 120))
                        .put("/me/app-profile").statusCode() == 200);
        call(SuiteService.CONSUMPTION, TestTokens.customer(customerId))
                .body(Map.of("alerts", List.of(Map.of("kind", "DAILY_CONSUMPTION_ABOVE", "threshold", 40.0),
                        Map.of("kind", "HOURLY_PRICE_ABOVE", "threshold", 2.5))))
                .put("/me/alerts")
                .then().statusCode(200);
    }

    int appProfileStatus(UUID customerId) {
        return call(SuiteService.CONSUMPTION, TestTokens.customer(customerId)).get("/me/app-profile").statusCode();
    }

    // marketing-service

    void subscribeNewsletter(UUID customerId, String email) {
        Await.until("the newsletter consent reached marketing-service", Duration.ofSeconds(30),
                () -> subscribe(customerId, email).statusCode() == 200);
    }

    Response subscribe(UUID customerId, String email) {
        return call(SuiteService.MARKETING, TestTokens.customer(customerId))
                .body(Map.of("email", email))
                .put("/me/newsletter-subscription");
    }

    int newsletterSubscriptionStatus(UUID customerId) {
        return call(SuiteService.MARKETING, TestTokens.customer(customerId))
                .get("/me/newsletter-subscription").statusCode();
    }

    JsonPath importAddresses(List<Map<String, String>> entries) {
        return call(SuiteService.MARKETING, TestTokens.withRoles("marketing"))
                .body(Map.of("entries", entries))
                .post("/newsletter/imports")
                .then().statusCode(200).extract().jsonPath();
    }

    // dsar-service

    UUID requestErasure(UUID customerId) {
        String id = call(SuiteService.DSAR, TestTokens.customer(customerId))
                .body(Map.of("type", "ERASURE"))
                .post("/me/requests")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    JsonPath request(UUID requestId) {
        return call(SuiteService.DSAR, PRIVACY_OFFICER).get("/requests/{id}", requestId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every erasure confirmation dsar-service holds for the customer, newest first. */
    List<Map<String, Object>> receipts(UUID customerId) {
        return call(SuiteService.DSAR, PRIVACY_OFFICER).queryParam("limit", Page.MAX_SIZE)
                .get("/customers/{id}/erasure-receipts", customerId)
                .then().statusCode(200).body("next", nullValue()).extract().jsonPath().getList("items");
    }

    /** Waits until each named service has confirmed the trigger for the customer, and returns its receipts. */
    List<Map<String, Object>> awaitReceipts(UUID customerId, String trigger, Duration timeout, String... services) {
        Await.until(String.join(", ", services) + " confirmed " + trigger, timeout,
                () -> Receipts.of(receipts(customerId)).forTrigger(trigger).services().containsAll(List.of(services)));
        return Receipts.of(receipts(customerId)).forTrigger(trigger).list();
    }

    // the rights of the data subject

    /** A request made by the customer on Min side. */
    UUID requestOnMinSide(UUID customerId, String type) {
        String id = call(SuiteService.DSAR, TestTokens.customer(customerId))
                .body(Map.of("type", type))
                .post("/me/requests")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Waits until dsar-service shows the request completed, and returns its view. */
    JsonPath awaitCompleted(UUID requestId, Duration timeout) {
        Await.until("request " + requestId + " completed", timeout,
                () -> "COMPLETED".equals(request(requestId).getString("status")));
        return request(requestId);
    }

    boolean flaggedLate(UUID requestId) {
        return call(SuiteService.DSAR, PRIVACY_OFFICER).queryParam("flag", "late").queryParam("limit", Page.MAX_SIZE)
                .get("/requests")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)
                .contains(requestId.toString());
    }

    /** The access report as the customer downloads it on Min side, in the format asked for. */
    Response myReport(UUID customerId, UUID requestId, String mediaType) {
        return given().baseUri(suite.baseUri(SuiteService.DSAR)).auth().oauth2(TestTokens.customer(customerId))
                .accept(mediaType).get("/me/requests/{id}/report", requestId);
    }

    /** The portable export as the customer downloads it on Min side. */
    Response myExport(UUID customerId, UUID requestId, String format) {
        return given().baseUri(suite.baseUri(SuiteService.DSAR)).auth().oauth2(TestTokens.customer(customerId))
                .queryParam("format", format).get("/me/requests/{id}/export", requestId);
    }

    /** The privacy officer puts a receiving controller on the allow-list; returns the endpoint id. */
    String allowTransfersTo(String organisation, String url) {
        return call(SuiteService.DSAR, PRIVACY_OFFICER)
                .body(Map.of("organisationName", organisation, "url", url, "active", true))
                .post("/transfer-endpoints")
                .then().statusCode(201).extract().path("id");
    }

    String transferSigningKeys() {
        return call(SuiteService.DSAR, PRIVACY_OFFICER).get("/transfers/signing-keys")
                .then().statusCode(200).extract().asString();
    }

    Response transferOnMinSide(UUID customerId, UUID requestId, String endpointId, String format) {
        return call(SuiteService.DSAR, TestTokens.customer(customerId))
                .body(Map.of("endpointId", endpointId, "format", format))
                .post("/me/requests/{id}/transfers", requestId);
    }

    /** A request received by e-mail, registered by the staff member with this token subject and role. */
    UUID registerByStaff(UUID customerId, String type, String staffSubject, String role) {
        String id = call(SuiteService.DSAR, TestTokens.staff(staffSubject, role))
                .body(Map.of("customerId", customerId.toString(), "type", type, "channel", "EMAIL"))
                .post("/requests")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    Response recordIdentityCheck(UUID requestId, String staffSubject) {
        return call(SuiteService.DSAR, TestTokens.staff(staffSubject, "agent"))
                .body(Map.of("note", "Bekreftet kundenummer og adresse på telefon."))
                .post("/requests/{id}/identity", requestId);
    }

    /** Staff have dsar-service send the person a one-time code through customer-service. */
    Response sendIdentityCode(UUID requestId, String channel, String staffSubject) {
        return call(SuiteService.DSAR, TestTokens.staff(staffSubject, "agent"))
                .body(Map.of("channel", channel)).post("/requests/{id}/identity-code", requestId);
    }

    /** Staff enter the code the person read back. */
    Response verifyIdentityCode(UUID requestId, String code, String staffSubject) {
        return call(SuiteService.DSAR, TestTokens.staff(staffSubject, "agent"))
                .body(Map.of("code", code)).post("/requests/{id}/identity-code/verification", requestId);
    }

    /** The one-time code the notification provider took for this address or number, once it is there. */
    String awaitIdentityCodeSentTo(String to) {
        Await.until("a one-time code reached " + to, Duration.ofSeconds(30),
                () -> !suite.notifications().sentTo(to).isEmpty());
        String text = suite.notifications().sentTo(to).get(0).text();
        Matcher code = Pattern.compile("Engangskoden din er (\\d{6})").matcher(text);
        if (!code.find()) {
            throw new AssertionError("the message names no code: it has " + text.length() + " characters");
        }
        return code.group(1);
    }

    Response approve(UUID requestId, String privacyOfficer) {
        return call(SuiteService.DSAR, TestTokens.staff(privacyOfficer, "privacy-officer"))
                .post("/requests/{id}/approval", requestId);
    }

    /** Rectifies the customer's postal address in customer-service, as staff carrying out the request. */
    Response rectifyAddress(UUID customerId, String street, UUID requestId, boolean asPrivacyOfficer) {
        Map<String, Object> body = new HashMap<>(Map.of("postalAddress",
                Map.of("street", street, "postalCode", "0150", "city", "Oslo")));
        if (requestId != null) {
            body.put("requestId", requestId.toString());
        }
        return call(SuiteService.CUSTOMER, asPrivacyOfficer ? PRIVACY_OFFICER : AGENT).body(body)
                .patch("/customers/{id}", customerId);
    }

    /** Who dsar-service says was told of the rectification, as the person sees it on Min side. */
    List<Map<String, Object>> myRecipients(UUID customerId, UUID requestId) {
        return call(SuiteService.DSAR, TestTokens.customer(customerId)).get("/me/requests/{id}/recipients", requestId)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    Response tellOfLifting(UUID requestId, String reasons) {
        return call(SuiteService.DSAR, PRIVACY_OFFICER).body(Map.of("reasons", reasons))
                .post("/requests/{id}/lifting-notice", requestId);
    }

    Response liftRestriction(UUID requestId) {
        return call(SuiteService.DSAR, PRIVACY_OFFICER).post("/requests/{id}/lifting", requestId);
    }

    /** Changes the app profile, as the app does. */
    Response describeHousehold(UUID customerId, int householdSize) {
        return call(SuiteService.CONSUMPTION, TestTokens.customer(customerId))
                .body(Map.of("householdSize", householdSize, "dwellingType", "HOUSE", "heatingType", "HEAT_PUMP",
                        "areaSquareMetres", 120))
                .put("/me/app-profile");
    }

    /** Whether the newsletter list the e-mail provider reads holds the customer. */
    boolean onTheNewsletterList(UUID customerId) {
        String after = null;
        do {
            RequestSpecification page = call(SuiteService.MARKETING, TestTokens.withRoles("newsletter-delivery"))
                    .queryParam("limit", Page.MAX_SIZE);
            if (after != null) {
                page = page.queryParam("after", after);
            }
            JsonPath list = page.get("/newsletter/subscriptions").then().statusCode(200).extract().jsonPath();
            if (list.getList("items.customerId", String.class).contains(customerId.toString())) {
                return true;
            }
            after = list.getString("next");
        } while (after != null);
        return false;
    }

    JsonPath dataMap(SuiteService service) {
        return call(service, PRIVACY_OFFICER).get("/data-map").then().statusCode(200).extract().jsonPath();
    }

    Response recordsOfProcessing(String mediaType) {
        return given().baseUri(suite.baseUri(SuiteService.DSAR)).auth().oauth2(PRIVACY_OFFICER)
                .accept(mediaType).get("/records-of-processing");
    }

    /** An objection made as a request on Min side: its scope, and the grounds (none for direct marketing). */
    UUID objectOnMinSide(UUID customerId, String scope, String grounds) {
        Map<String, Object> objection = grounds == null ? Map.of("scope", scope)
                : Map.of("scope", scope, "grounds", grounds);
        String id = call(SuiteService.DSAR, TestTokens.customer(customerId))
                .body(Map.of("type", "OBJECTION", "objection", objection))
                .post("/me/requests")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Waits until consent-service holds the objection the request made, and returns its id. */
    String awaitObjectionOfRequest(UUID customerId, UUID requestId) {
        String path = "items.find { it.requestId == '" + requestId + "' }.id";
        Await.until("consent-service recorded the objection of request " + requestId, Duration.ofSeconds(30),
                () -> call(SuiteService.CONSENT, PRIVACY_OFFICER).get("/customers/{id}/objections", customerId)
                        .then().extract().jsonPath().getString(path) != null);
        return call(SuiteService.CONSENT, PRIVACY_OFFICER).get("/customers/{id}/objections", customerId)
                .then().statusCode(200).extract().jsonPath().getString(path);
    }

    /** The privacy officer decides an objection in consent-service. */
    Response decideObjection(UUID customerId, String objectionId, String outcome, String reason) {
        return call(SuiteService.CONSENT, TestTokens.staff("personvern-a", "privacy-officer"))
                .body(Map.of("outcome", outcome, "reason", reason))
                .post("/customers/{id}/objections/{objectionId}/decision", customerId, objectionId);
    }

    /** Describes the household in the app, once the app consent has reached consumption-service. */
    void describeHouseholdOnceRegistered(UUID customerId, Map<String, Object> household) {
        Await.until("the app consent reached consumption-service", Duration.ofSeconds(30),
                () -> call(SuiteService.CONSUMPTION, TestTokens.customer(customerId)).body(household)
                        .put("/me/app-profile").statusCode() == 200);
    }

    /** The customer's month beside similar households, as the app shows it. */
    Response similarHouseholds(UUID customerId, YearMonth month) {
        return call(SuiteService.CONSUMPTION, TestTokens.customer(customerId)).queryParam("month", month.toString())
                .get("/me/consumption/similar-households");
    }

    Response objectToSurveys(UUID customerId) {
        return call(SuiteService.CONSENT, TestTokens.customer(customerId))
                .body(Map.of("scope", "SURVEYS", "channel", "MIN_SIDE", "grounds", "Jeg svarer ikke på undersøkelser"))
                .post("/me/objections");
    }

    static LocalDate today() {
        return LocalDate.now(OSLO);
    }

    static LocalDate keptForBookkeepingUntil(LocalDate endedOn) {
        return LocalDate.of(endedOn.getYear() + 5, 12, 31);
    }

    private RequestSpecification call(SuiteService service, String token) {
        return given().baseUri(suite.baseUri(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static boolean succeeded(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
