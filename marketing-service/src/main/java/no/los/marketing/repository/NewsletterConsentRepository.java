package no.los.marketing.repository;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.marketing.consent.NewsletterConsent;

@ApplicationScoped
public class NewsletterConsentRepository implements PanacheRepositoryBase<NewsletterConsent, UUID> {

    /** What the customer's consent copy says: the notice they were shown, and when they consented. */
    public record ConsentTerms(String noticeVersion, OffsetDateTime givenAt) {
    }

    public Optional<ConsentTerms> termsOf(UUID customerId) {
        return find("customerId", customerId).project(ConsentTerms.class).firstResultOptional();
    }
}
