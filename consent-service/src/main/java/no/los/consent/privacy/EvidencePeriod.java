package no.los.consent.privacy;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the consent ledger stays as evidence after it last mattered (Art. 7(1), 17(3)(e)): long
 * enough to answer a claim that processing lacked consent, until such claims are time-barred (the
 * general limitation period of three years).
 */
@ApplicationScoped
public class EvidencePeriod {

    private final int years;

    public EvidencePeriod(@ConfigProperty(name = "los.consent.evidence-years", defaultValue = "3") int years) {
        if (years < 0) {
            throw new IllegalArgumentException("los.consent.evidence-years cannot be negative");
        }
        this.years = years;
    }

    /** How many years the evidence is kept after it last mattered. */
    public int years() {
        return years;
    }

    /** The last day the evidence of something that ended on {@code lastRelevant} is kept. */
    public LocalDate keptUntil(LocalDate lastRelevant) {
        return lastRelevant.plusYears(years);
    }

    /** The latest end whose evidence period is over today. */
    public LocalDate expiredIfEndedOnOrBefore(LocalDate today) {
        return today.minusYears(years).minusDays(1);
    }
}
