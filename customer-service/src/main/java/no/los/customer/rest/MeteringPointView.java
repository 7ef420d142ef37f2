package no.los.customer.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.metering.MeterSwap;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.service.CustomerDirectory.PointRecord;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.identifiers.PriceArea;

@Schema(description = "A metering point; latitude and longitude are null for staff when the population register "
        + "protects the tenant's address")
public record MeteringPointView(
        @Schema(maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN) String meteringPointId,
        @Schema(maxLength = MeteringPoint.MAX_METER_NUMBER) String meterNumber, PriceArea priceArea, BigDecimal latitude,
        BigDecimal longitude, OffsetDateTime addedAt,
        @Schema(description = "The meters swapped out here, oldest first; meterNumber is the one mounted now",
                maxItems = MeterSwap.MAX_PER_POINT) List<MeterSwapView> meterSwaps) {

    @Schema(description = "A meter taken down and another mounted, on swappedOn")
    public record MeterSwapView(@Schema(maxLength = MeteringPoint.MAX_METER_NUMBER) String previousMeterNumber,
            @Schema(maxLength = MeteringPoint.MAX_METER_NUMBER) String meterNumber, LocalDate swappedOn) {
    }

    /** As staff see it: the position of a tenant whose address the register protects is left out, like the address. */
    static MeteringPointView forStaff(PointRecord record) {
        return of(record, !record.addressProtected());
    }

    /** As the customer sees it on Min side: with the position. */
    static MeteringPointView forTheCustomer(PointRecord record) {
        return of(record, true);
    }

    private static MeteringPointView of(PointRecord record, boolean withPosition) {
        MeteringPoint point = record.point();
        return new MeteringPointView(point.id().value(), point.meterNumber(), point.priceArea(),
                withPosition ? point.latitude() : null, withPosition ? point.longitude() : null, point.addedAt(),
                record.swaps().stream()
                        .map(swap -> new MeterSwapView(swap.previousMeterNumber(), swap.meterNumber(), swap.swappedOn()))
                        .toList());
    }
}
