package no.los.consumption.app;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * App-only data. The household the customer described in the app. It exists only beside an
 * {@link AppRegistration} and is deleted with it; invoicing never reads it.
 */
@Entity
@Table(name = "app_profile")
public class AppProfile {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "household_size", nullable = false)
    private int householdSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "dwelling_type", nullable = false)
    private DwellingType dwellingType;

    @Enumerated(EnumType.STRING)
    @Column(name = "heating_type", nullable = false)
    private HeatingType heatingType;

    @Column(name = "area_square_metres", nullable = false)
    private int areaSquareMetres;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected AppProfile() {
    }

    public AppProfile(UUID customerId, Household household, OffsetDateTime updatedAt) {
        this.customerId = customerId;
        describe(household, updatedAt);
    }

    public void describe(Household household, OffsetDateTime updatedAt) {
        this.householdSize = household.householdSize();
        this.dwellingType = household.dwellingType();
        this.heatingType = household.heatingType();
        this.areaSquareMetres = household.areaSquareMetres();
        this.updatedAt = updatedAt;
    }

    public Household household() {
        return new Household(householdSize, dwellingType, heatingType, areaSquareMetres);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
