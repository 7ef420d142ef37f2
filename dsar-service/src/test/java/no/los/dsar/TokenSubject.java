package no.los.dsar;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.restassured.path.json.JsonPath;

/** Reads the subject of a signed test token, as dsar-service records who made a change. */
public final class TokenSubject {

    private TokenSubject() {
    }

    public static String of(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(payload).getString("sub");
    }
}
