package no.los.customer.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.customer.visitor.Visit;

@ApplicationScoped
public class VisitRepository implements PanacheRepositoryBase<Visit, UUID> {

    /** Visits that began in [from, to), in the order of arrival. */
    public List<Visit> arrivedBetween(OffsetDateTime from, OffsetDateTime to) {
        return list("arrivedAt >= ?1 and arrivedAt < ?2 order by arrivedAt, id", from, to);
    }

    /**
     * Visits under exactly this name, without regard to case or surrounding spaces, oldest first; at
     * most {@code count} (the register keeps a month, so a real visitor has a handful).
     */
    public List<Visit> underName(String fullName, int count) {
        return find("lower(fullName) = lower(?1) order by arrivedAt, id", fullName.strip())
                .page(0, count).list();
    }

    public long deleteKeptUntilBefore(LocalDate today) {
        return delete("keptUntil < ?1", today);
    }
}
