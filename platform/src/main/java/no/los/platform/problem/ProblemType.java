package no.los.platform.problem;

/** The stable problem types of the suite's APIs. */
public enum ProblemType {
    VALIDATION("validation", "Invalid request"),
    UNREADABLE("unreadable-body", "Request body cannot be read"),
    NOT_FOUND("not-found", "Not found"),
    CONFLICT("conflict", "Conflict with the current state"),
    UNAUTHENTICATED("unauthenticated", "Authentication required"),
    FORBIDDEN("forbidden", "Not allowed"),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type"),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable"),
    BODY_TOO_LARGE("body-too-large", "Request body too large"),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE("service-unavailable", "A system this depends on is unavailable"),
    HTTP("http", "Request failed"),
    INTERNAL("internal", "Internal error");

    private final String slug;
    private final String title;

    ProblemType(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String uri() {
        return "urn:los:problem:" + slug;
    }

    public String title() {
        return title;
    }
}
