package no.los.customer.metering;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.platform.identifiers.MeteringPointId;

/**
 * A metering point a customer is supplied at: the installation (with its geographic position and
 * price area), and the meter currently mounted there. It belongs to one customer at a time, the
 * tenant since {@code addedAt}; a next tenant may take it over once no open contract supplies it.
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

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
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
        this.latitude = latitude;
        this.longitude = longitude;
        this.addedAt = addedAt;
    }

    /**
     * The next tenant at the address takes the point over: from now it is theirs, with the meter and
     * position they registered. The former tenant's contracts on it stay theirs.
     */
    public void handOver(UUID nextCustomerId, String meterNumber, BigDecimal latitude, BigDecimal longitude,
            OffsetDateTime at) {
        this.customerId = nextCustomerId;
        this.meterNumber = meterNumber;
        this.latitude = latitude;
        this.longitude = longitude;
        this.addedAt = at;
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
