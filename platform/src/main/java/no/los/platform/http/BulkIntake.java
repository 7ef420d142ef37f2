package no.los.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that takes a bulk body (hourly readings, an import) and may receive up to
 * {@code quarkus.http.limits.max-body-size}; every other operation takes at most
 * {@code los.http.max-json-body} ({@link BodyLimit}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BulkIntake {
}
