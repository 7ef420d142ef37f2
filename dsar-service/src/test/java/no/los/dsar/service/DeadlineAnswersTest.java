package no.los.dsar.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import no.los.dsar.DataSubjectRequest.SubmittedBy;
import no.los.dsar.Objected;
import no.los.dsar.ObjectionScope;
import no.los.dsar.RequestChannel;
import no.los.dsar.RequestType;
import no.los.dsar.StatutoryDeadline;
import no.los.dsar.service.RequestIntake.ReceiveRequest;
import no.los.platform.http.Page;
import no.los.platform.test.KnownCustomerFixture;
import no.los.platform.test.TestTokens;

/**
 * The deadline engine: a preliminary answer extends the deadline only inside the first period and by
 * at most two further months; a refusal states its ground and where to turn; both are letters the
 * person reads on Min side; requests near their day are flagged. Requests are received in the past,
 * as a letter opened days after it came would be, so no test waits for the clock.
 */
@QuarkusTest
class DeadlineAnswersTest {

    private static final String OFFICER = TestTokens.withRoles("privacy-officer");

    @Inject
    RequestIntake intake;

    @Inject
    AgroalDataSource database;

    @Test
    void aPreliminaryAnswerInsideTheFirstPeriodExtendsTheDeadlineAndTheCustomerReadsTheLetter() throws IOException {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        JsonPath received = receivedAgo(customer, RequestType.ACCESS, Duration.ofDays(10));
        String id = received.getString("id");
        LocalDate dueOn = LocalDate.parse(received.getString("dueOn"));
        LocalDate likely = dueOn.plusMonths(1);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reasons", "Henvendelsen gjelder fem års forbruk i flere systemer.",
                        "likelyAnsweredOn", likely.toString()))
                .post("/requests/" + id + "/extension")
                .then().statusCode(200)
                .body("dueOn", equalTo(dueOn.toString()))
                .body("extendedTo", equalTo(likely.toString()))
                .body("status", equalTo("RECEIVED"))
                .body("history.step", contains("RECEIVED", "EXTENDED"));

        String customerToken = TestTokens.customer(customer);
        String letter = given().auth().oauth2(customerToken).get("/me/requests/" + id + "/letters")
                .then().statusCode(200)
                .body("items.kind", contains("PRELIMINARY_ANSWER"))
                .body("items[0].likelyAnsweredOn", equalTo(likely.toString()))
                .body("next", nullValue())
                .extract().path("items[0].id");
        String html = given().auth().oauth2(customerToken).accept("text/html")
                .get("/me/requests/" + id + "/letters/" + letter)
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("Foreløpig svar på henvendelsen din"), html);
        assertTrue(html.contains("fem års forbruk"), html);
        assertTrue(html.contains("Datatilsynet, Postboks 8177, 0034 OSLO"), html);
        byte[] pdf = given().auth().oauth2(customerToken).accept("application/pdf")
                .get("/me/requests/" + id + "/letters/" + letter)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("Vi regner med å svare deg innen"));
        }
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).get("/me/requests/" + id + "/letters")
                .then().statusCode(404);
    }

    @Test
    void anExtensionIsRefusedAfterTheFirstPeriodTwiceOrBeyondTwoFurtherMonthsAndChangesNothing() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        JsonPath late = receivedAgo(customer, RequestType.PORTABILITY, Duration.ofDays(35));
        extend(late.getString("id"), LocalDate.parse(late.getString("dueOn")).plusWeeks(2))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("first period"));

        JsonPath fresh = receivedAgo(customer, RequestType.PORTABILITY, Duration.ofDays(1));
        LocalDate dueOn = LocalDate.parse(fresh.getString("dueOn"));
        extend(fresh.getString("id"), StatutoryDeadline.latestExtension(dueOn).plusDays(1))
                .then().statusCode(400).body("errors.field", contains("likelyAnsweredOn"));
        extend(fresh.getString("id"), dueOn)
                .then().statusCode(400).body("errors.field", contains("likelyAnsweredOn"));
        given().auth().oauth2(OFFICER).get("/requests/" + fresh.getString("id"))
                .then().body("extendedTo", nullValue());

        extend(fresh.getString("id"), StatutoryDeadline.latestExtension(dueOn)).then().statusCode(200);
        extend(fresh.getString("id"), StatutoryDeadline.latestExtension(dueOn))
                .then().statusCode(409).body("detail", containsString("once"));
        given().auth().oauth2(OFFICER).get("/requests/" + fresh.getString("id") + "/letters")
                .then().body("items", hasSize(1));
    }

    @Test
    void aRequestPastItsFirstDueDateIsNotOverdueWhileItsExtensionRuns() throws SQLException {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        JsonPath received = receivedAgo(customer, RequestType.ACCESS, Duration.ofDays(40));
        String id = received.getString("id");
        flagged("overdue").then().body("items.id", hasItem(id));
        // As if a preliminary answer had been sent inside the first period, five weeks ago.
        LocalDate extendedTo = StatutoryDeadline.today(OffsetDateTime.now().toInstant()).plusDays(10);
        try (Connection db = database.getConnection();
                PreparedStatement extend = db.prepareStatement("update data_subject_request set extended_to = ? where id = ?")) {
            extend.setObject(1, extendedTo);
            extend.setObject(2, UUID.fromString(id));
            assertEquals(1, extend.executeUpdate());
        }
        given().auth().oauth2(OFFICER).get("/requests/" + id).then()
                .body("overdue", equalTo(false)).body("extendedTo", equalTo(extendedTo.toString()));
        flagged("overdue").then().body("items.id", not(hasItem(id)));
        flagged("due-soon").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void aRequestNearItsDayIsDueSoonAndOnePastItIsOverdue() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String soon = receivedAgo(customer, RequestType.RECTIFICATION, Duration.ofDays(26)).getString("id");
        String overdue = receivedAgo(customer, RequestType.RECTIFICATION, Duration.ofDays(32)).getString("id");
        String fresh = receivedAgo(customer, RequestType.RECTIFICATION, Duration.ofDays(3)).getString("id");
        flagged("due-soon").then().statusCode(200)
                .body("items.id", hasItem(soon)).body("items.id", not(hasItem(overdue)))
                .body("items.id", not(hasItem(fresh)))
                .body("items.find { it.id == '%s' }.dueSoon".formatted(soon), equalTo(true));
        flagged("overdue").then().body("items.id", hasItem(overdue)).body("items.id", not(hasItem(soon)));
    }

    @Test
    void aRefusalClosesTheRequestAndItsLetterNamesTheGroundDatatilsynetAndTheCourts() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String id = receivedAgo(customer, RequestType.OBJECTION, Duration.ofDays(2)).getString("id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("ground", "EXCESSIVE", "reasons", "Samme protest er sendt og besvart fire ganger."))
                .post("/requests/" + id + "/refusal")
                .then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("refusedAt", not(nullValue()))
                .body("completedAt", nullValue())
                .body("overdue", equalTo(false));

        String letter = given().auth().oauth2(OFFICER).get("/requests/" + id + "/letters")
                .then().statusCode(200).body("items.refusalGround", contains("EXCESSIVE")).extract().path("items[0].id");
        String html = given().auth().oauth2(TestTokens.customer(customer)).accept("text/html")
                .get("/me/requests/" + id + "/letters/" + letter).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Avslag på henvendelsen din"), html);
        assertTrue(html.contains("artikkel 12 nr. 5 bokstav b"), html);
        assertTrue(html.contains("fire ganger"), html);
        assertTrue(html.contains("Datatilsynet, Postboks 8177, 0034 OSLO"), html);
        assertTrue(html.contains("domstolene"), html);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("ground", "EXCESSIVE", "reasons", "Igjen.")).post("/requests/" + id + "/refusal")
                .then().statusCode(409);
    }

    @Test
    void anErasureRequestCannotBeRefusedAndBadRefusalsNameTheField() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String erasure = receivedAgo(customer, RequestType.ERASURE, Duration.ofDays(1)).getString("id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("ground", "MANIFESTLY_UNFOUNDED", "reasons", "Ingen grunn."))
                .post("/requests/" + erasure + "/refusal")
                .then().statusCode(409).body("detail", containsString("erasure"));

        String access = receivedAgo(customer, RequestType.ACCESS, Duration.ofDays(1)).getString("id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("ground", "BORED", "reasons", "x"))
                .post("/requests/" + access + "/refusal").then().statusCode(400).body("errors.field", contains("ground"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("ground", "EXCESSIVE", "reasons", " "))
                .post("/requests/" + access + "/refusal").then().statusCode(400).body("errors.field", contains("reasons"));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("ground", "EXCESSIVE", "reasons", "x")).post("/requests/" + access + "/refusal")
                .then().statusCode(403);
        given().auth().oauth2(OFFICER).get("/requests/" + access).then().body("status", equalTo("RECEIVED"));
        assertEquals(0, given().auth().oauth2(OFFICER).get("/requests/" + access + "/letters")
                .then().extract().jsonPath().getList("items").size());
    }

    @Test
    void thePersonWithdrawsAnOpenRequestButNotAnErasureNorAnotherPersonsRequest() {
        UUID customer = KnownCustomerFixture.newCustomer("dsar_test");
        String token = TestTokens.customer(customer);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("type", "OBJECTION", "objection", Map.of("scope", "SURVEYS", "grounds", "Jeg er syk.")))
                .post("/me/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.customer(UUID.randomUUID())).post("/me/requests/" + id + "/withdrawal")
                .then().statusCode(404);
        given().auth().oauth2(token).post("/me/requests/" + id + "/withdrawal")
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnAt", not(nullValue()))
                .body("history.step", contains("RECEIVED", "WITHDRAWN"))
                .body("history.by", contains("DATA_SUBJECT", "DATA_SUBJECT"));
        given().auth().oauth2(token).post("/me/requests/" + id + "/withdrawal").then().statusCode(409);
        flagged("overdue").then().body("items.id", not(hasItem(id)));

        String erasure = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("type", "ERASURE"))
                .post("/me/requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/me/requests/" + erasure + "/withdrawal")
                .then().statusCode(409).body("detail", containsString("erasure"));
    }

    private Response extend(String id, LocalDate likely) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(Map.of("reasons", "Sammensatt henvendelse.", "likelyAnsweredOn", likely.toString()))
                .post("/requests/" + id + "/extension");
    }

    private static Response flagged(String flag) {
        return given().auth().oauth2(OFFICER).queryParam("flag", flag).queryParam("limit", Page.MAX_SIZE)
                .get("/requests");
    }

    private JsonPath receivedAgo(UUID customer, RequestType type, Duration ago) {
        Objected objection = type == RequestType.OBJECTION ? new Objected(ObjectionScope.SURVEYS, "Jeg er syk.") : null;
        String id = intake.receive(new ReceiveRequest(customer, type, RequestChannel.MIN_SIDE, SubmittedBy.DATA_SUBJECT,
                null, objection), OffsetDateTime.now().minus(ago)).request().id().toString();
        return given().auth().oauth2(OFFICER).get("/requests/" + id).then().statusCode(200).extract().jsonPath();
    }
}
