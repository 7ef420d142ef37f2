package no.los.customer.metering;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import no.los.platform.identifiers.MeteringPointId;

/**
 * A meter taken down and another mounted at a metering point: the point's id stays (it follows the
 * installation), the meter number changes. The swaps of a point, oldest first, are its meter history.
 */
@Entity
@Table(name = "meter_swap")
public class MeterSwap {

    /** The most swaps one point keeps: a meter lasts years, so this is decades of history. */
    public static final int MAX_PER_POINT = 100;

    @Id
    private UUID id;

    @Column(name = "metering_point_id", nullable = false)
    private String meteringPointId;

    @Column(name = "previous_meter_number", nullable = false)
    private String previousMeterNumber;

    @Column(name = "meter_number", nullable = false)
    private String meterNumber;

    @Column(name = "swapped_on", nullable = false)
    private LocalDate swappedOn;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected MeterSwap() {
    }

    MeterSwap(MeteringPointId meteringPointId, String previousMeterNumber, String meterNumber, LocalDate swappedOn,
            OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.meteringPointId = meteringPointId.value();
        this.previousMeterNumber = previousMeterNumber;
        this.meterNumber = meterNumber;
        this.swappedOn = swappedOn;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public MeteringPointId meteringPointId() {
        return new MeteringPointId(meteringPointId);
    }

    public String previousMeterNumber() {
        return previousMeterNumber;
    }

    public String meterNumber() {
        return meterNumber;
    }

    public LocalDate swappedOn() {
        return swappedOn;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
