package no.los.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;



/**
 * An RFC 9457 problem detail. {@code type} is a stable URN a client can switch on; {@code detail}
 * and {@code errors} say what failed in words a developer understands, and never quote personal data.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
    }
}
