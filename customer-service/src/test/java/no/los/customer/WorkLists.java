package no.los.customer;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The agents' work lists as an agent reads them, page by page. */
public final class WorkLists {

    private WorkLists() {
    }

    /** The customer's open item on the work list of the kind; null when there is none. */
    public static Map<String, Object> itemOf(String customer, String kind) {
        String next = null;
        do {
            var request = given().auth().oauth2(TestCustomers.AGENT).queryParam("kind", kind).queryParam("limit", 1000);
            if (next != null) {
                request.queryParam("after", next);
            }
            JsonPath page = request.get("/work-items").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (customer.equals(item.get("customerId"))) {
                    return item;
                }
            }
            next = page.getString("next");
        } while (next != null);
        return null;
    }
}
