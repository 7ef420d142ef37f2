package no.los.consumption.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.app.AppRegistration;

@ApplicationScoped
public class AppRegistrationRepository implements PanacheRepositoryBase<AppRegistration, UUID> {

    /** The copy of the app consent as the person's copy shows it, read as a projection. */
    public record Registration(String noticeVersion, OffsetDateTime givenAt) {
    }

    /** The customer's registration: none or one. */
    public List<Registration> registrationOf(UUID customerId) {
        return getEntityManager().createQuery("""
                select r.noticeVersion, r.givenAt from AppRegistration r where r.customerId = ?1""", Registration.class)
                .setParameter(1, customerId)
                .getResultList();
    }
}
