package no.los.customer.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.customer.metering.MeteringPoint;
import no.los.customer.metering.PriceArea;
import no.los.platform.identifiers.MeteringPointId;

public record MeteringPointView(
        @Schema(maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN) String meteringPointId,
        @Schema(maxLength = MeteringPoint.MAX_METER_NUMBER) String meterNumber, PriceArea priceArea, BigDecimal latitude,
        BigDecimal longitude, OffsetDateTime addedAt) {

    static MeteringPointView of(MeteringPoint point) {
        return new MeteringPointView(point.id().value(), point.meterNumber(), point.priceArea(), point.latitude(),
                point.longitude(), point.addedAt());
    }
}
