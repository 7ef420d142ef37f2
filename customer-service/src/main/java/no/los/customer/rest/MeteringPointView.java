package no.los.customer.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.metering.MeterSwap;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.metering.PriceArea;
import no.los.customer.service.CustomerDirectory.PointRecord;
import no.los.platform.identifiers.MeteringPointId;

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

    static MeteringPointView of(PointRecord record) {
        MeteringPoint point = record.point();
        return new MeteringPointView(point.id().value(), point.meterNumber(), point.priceArea(), point.latitude(),
                point.longitude(), point.addedAt(), record.swaps().stream()
                        .map(swap -> new MeterSwapView(swap.previousMeterNumber(), swap.meterNumber(), swap.swappedOn()))
                        .toList());
    }
}
