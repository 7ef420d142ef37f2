package no.los.dsar;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

import no.los.platform.test.TestTokens;

/**
 * What staff do before a request they registered reaches the suite: an agent records how the
 * person's identity was established, and for an erasure or restriction a second privacy officer
 * (another token subject than the registrant's) approves it.
 */
public final class StaffRequests {

    private StaffRequests() {
    }

    /** Records the identity check, and approves the request when its type needs it. */
    public static void release(String requestId, RequestType type) {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("note", "Kunden bekreftet kundenummer og adresse på telefon."))
                .post("/requests/" + requestId + "/identity")
                .then().statusCode(200);
        if (DataSubjectRequest.APPROVED_BY_A_SECOND_OFFICER.contains(type)) {
            given().auth().oauth2(TestTokens.withRoles("privacy-officer"))
                    .post("/requests/" + requestId + "/approval")
                    .then().statusCode(200);
        }
    }
}
