package no.los.customer.metering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.identifiers.PriceArea;
import no.los.platform.problem.InvalidInputException;

/**
 * A metering point a customer is supplied at: the installation (with its geographic position and
 * price area), and the meter currently mounted there; earlier meters are its {@link MeterSwap}s. It
 * belongs to one customer at a time, the tenant since {@code addedAt}; a next tenant may take it over
 * once no open contract supplies it.
 * <p>
 * The position is kept to {@value #POSITION_DECIMALS} decimals, rounded half up as it comes in: about
 * 11 m north-south, enough to tell an installation from its neighbour where the address does not (a
 * cabin, a boathouse), and no more precise than that purpose needs.
 */
@Entity
@Table(name = "metering_point")
public class MeteringPoint {

    /** The longest meter number: the digits printed on the meter. */
    public static final int MAX_METER_NUMBER = 20;
    /**
     * The most metering points one customer holds: a household's few, with room for holiday homes and
     * outbuildings. The customer view lists them all.
     */
    public static final int MAX_PER_CUSTOMER = 100;
    /** Decimals of latitude and longitude kept. */
    public static final int POSITION_DECIMALS = 4;

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "meter_number", nullable = false)
    private String meterNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_area", nullable = false)
    private PriceArea priceArea;

    @Column(name = "latitude", precision = 7, scale = POSITION_DECIMALS)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 7, scale = POSITION_DECIMALS)
    private BigDecimal longitude;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected MeteringPoint() {
    }

    public MeteringPoint(MeteringPointId id, UUID customerId, String meterNumber, PriceArea priceArea,
            BigDecimal latitude, BigDecimal longitude, OffsetDateTime addedAt) {
        this.id = id.value();
        this.customerId = customerId;
        this.meterNumber = meterNumber;
        this.priceArea = priceArea;
        this.latitude = kept(latitude);
        this.longitude = kept(longitude);
        this.addedAt = addedAt;
    }

    /**
     * The next tenant at the address takes the point over: from now it is theirs, with the meter and
     * position they registered. The former tenant's contracts on it stay theirs. A meter number other
     * than the one mounted means the meter was swapped by then: the swap is answered, dated the day
     * of the handover, as that is when we learnt of it.
     */
    public Optional<MeterSwap> handOver(UUID nextCustomerId, String meterNumber, BigDecimal latitude,
            BigDecimal longitude, OffsetDateTime at, LocalDate today) {
        Optional<MeterSwap> swap = meterNumber.equals(this.meterNumber) ? Optional.empty()
                : Optional.of(new MeterSwap(id(), this.meterNumber, meterNumber, today, at));
        this.customerId = nextCustomerId;
        this.meterNumber = meterNumber;
        this.latitude = kept(latitude);
        this.longitude = kept(longitude);
        this.addedAt = at;
        return swap;
    }

    /**
     * The meter was swapped on {@code swappedOn}: from then {@code newMeterNumber} is mounted. The
     * day lies between the last swap ({@code lastSwappedOn}, if any) and {@code today}.
     */
    public MeterSwap swapMeter(String newMeterNumber, LocalDate swappedOn, Optional<LocalDate> lastSwappedOn,
            LocalDate today, OffsetDateTime now) {
        if (newMeterNumber.equals(meterNumber)) {
            throw new InvalidInputException("meterNumber", "is the meter already mounted");
        }
        if (swappedOn.isAfter(today)) {
            throw new InvalidInputException("swappedOn", "must not lie ahead: a swap is recorded once it is done");
        }
        if (lastSwappedOn.isPresent() && swappedOn.isBefore(lastSwappedOn.get())) {
            throw new InvalidInputException("swappedOn", "must be on or after the last swap, " + lastSwappedOn.get());
        }
        MeterSwap swap = new MeterSwap(id(), meterNumber, newMeterNumber, swappedOn, now);
        this.meterNumber = newMeterNumber;
        return swap;
    }

    private static BigDecimal kept(BigDecimal coordinate) {
        return coordinate == null ? null : coordinate.setScale(POSITION_DECIMALS, RoundingMode.HALF_UP);
    }

    public MeteringPointId id() {
        return new MeteringPointId(id);
    }

    public UUID customerId() {
        return customerId;
    }

    public String meterNumber() {
        return meterNumber;
    }

    public PriceArea priceArea() {
        return priceArea;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }
}
