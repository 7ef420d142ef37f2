package no.los.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;



/**
 * An RFC 9457 problem detail. {@code type} is a stable URN a client can switch on; {@code detail}
 * and {@code errors} say what failed in words a developer understands, and never quote personal data.
 * Every text is cut to the length the OpenAPI document promises ({@code ProblemResponsesFilter}), and
 * the errors to the first {@value #MAX_ERRORS}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final int MAX_TYPE = 100;
    public static final int MAX_TITLE = 100;
    public static final int MAX_DETAIL = 1000;
    /** As long as the longest request line the server reads (quarkus.http.limits.max-initial-line-length). */
    public static final int MAX_INSTANCE = 4096;
    public static final int MAX_ERRORS = 100;
    public static final int MAX_FIELD = 300;
    public static final int MAX_MESSAGE = 500;

    public Problem {
        type = cut(type, MAX_TYPE);
        title = cut(title, MAX_TITLE);
        detail = cut(detail, MAX_DETAIL);
        instance = cut(instance, MAX_INSTANCE);
        errors = errors == null ? List.of() : List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
    }

    /** One field that failed validation. */
    public record FieldError(String field, String message) {

        public FieldError {
            field = cut(field, MAX_FIELD);
            message = cut(message, MAX_MESSAGE);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
