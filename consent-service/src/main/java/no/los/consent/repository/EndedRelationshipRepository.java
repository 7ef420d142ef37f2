package no.los.consent.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consent.EndedRelationship;

@ApplicationScoped
public class EndedRelationshipRepository implements PanacheRepositoryBase<EndedRelationship, UUID> {

    /** Former customers whose relationship ended on or before the date. */
    public List<EndedRelationship> endedOnOrBefore(LocalDate date) {
        return list("endedOn <= ?1 order by endedOn", date);
    }
}
