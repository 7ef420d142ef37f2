package no.los.consumption.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.app.AppProfile;
import no.los.consumption.app.DwellingType;
import no.los.consumption.app.HeatingType;

@ApplicationScoped
public class AppProfileRepository implements PanacheRepositoryBase<AppProfile, UUID> {

    /** The household profile as the person's copy shows it, read as a projection. */
    public record HouseholdDescription(int householdSize, DwellingType dwellingType, HeatingType heatingType,
            int areaSquareMetres, OffsetDateTime updatedAt) {
    }

    /** The customer's profile: none or one. */
    public List<HouseholdDescription> descriptionOf(UUID customerId) {
        return getEntityManager().createQuery("""
                select p.householdSize, p.dwellingType, p.heatingType, p.areaSquareMetres, p.updatedAt
                from AppProfile p where p.customerId = ?1""", HouseholdDescription.class)
                .setParameter(1, customerId)
                .getResultList();
    }
}
