package no.los.platform.erasure;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Bookkeeping Act's storage period for primary documentation (G5): kept until the end of the
 * accounting year (the calendar year) in which the relationship ended, plus the configured years.
 */
@ApplicationScoped
public class BookkeepingPeriod {

    private final int years;

    public BookkeepingPeriod(@ConfigProperty(name = "los.retention.bookkeeping-years", defaultValue = "5") int years) {
        if (years < 0) {
            throw new IllegalArgumentException("los.retention.bookkeeping-years cannot be negative");
        }
        this.years = years;
    }

    /** The last day invoicing data of a relationship that ended on {@code endedOn} is kept. */
    public LocalDate keptUntil(LocalDate endedOn) {
        return LocalDate.of(endedOn.getYear() + years, 12, 31);
    }
}
