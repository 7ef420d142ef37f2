package no.los.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that takes a bulk body (hourly readings, an import): it may receive up to
 * {@code los.http.max-bulk-body}, or, when it reads its body as a stream instead of binding it,
 * up to the server's {@code quarkus.http.limits.max-body-size}. Every other operation takes at most
 * {@code los.http.max-json-body} ({@link BodyLimit}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BulkIntake {

    /** Whether the operation reads the body as a stream (an Elhub delivery) rather than binding it whole. */
    boolean streamed() default false;
}
