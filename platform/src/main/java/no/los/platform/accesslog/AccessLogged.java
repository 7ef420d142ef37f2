package no.los.platform.accesslog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that reads or changes a person's data: when staff or a machine identity calls
 * it successfully, the access log records who, whose, which category and which operation. The person
 * is the path parameter named by {@link #customer()}, or whom the operation names through
 * {@link AccessLogContext#concerns}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AccessLogged {

    /** The data-map category (or categories, comma-separated) the operation reads or changes. */
    String category();

    /** The path parameter holding the customer id; empty when the path names none (see {@link AccessLogContext}). */
    String customer() default "customerId";

    /**
     * The operation as the log names it; empty to derive it from the HTTP method (GET: READ, DELETE:
     * DELETE, any other: CHANGE). A search sent as a POST, so that its keys stay out of URLs, names
     * {@value AccessLogEntry#SEARCH}.
     */
    String operation() default "";
}
