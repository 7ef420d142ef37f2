package no.los.platform.http;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The two query parameters of every paged list, written once: {@code after}, the {@code next} of
 * the previous page, and {@code limit}, the page size. Taken as {@code @Valid @BeanParam PageQuery}.
 */
public class PageQuery {

    @QueryParam(Page.AFTER)
    @Size(max = Page.MAX_CURSOR)
    @Parameter(description = "The next of the previous page; left out for the first page")
    String after;

    @QueryParam("limit")
    @DefaultValue("" + Page.DEFAULT_SIZE)
    @Min(1)
    @Max(Page.MAX_SIZE)
    @Parameter(description = "The most entries the page holds")
    int limit = Page.DEFAULT_SIZE;

    public String after() {
        return after;
    }

    public int limit() {
        return limit;
    }

    /** This page of a list read whole, in its order ({@link Page#slice}). */
    public <T> Page<T> slice(List<T> ordered, Function<T, String> cursorOf) {
        return Page.slice(ordered, after, limit, cursorOf);
    }
}
