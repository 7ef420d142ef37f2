package no.los.customer.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import no.los.customer.metering.MeteringPoint;
import no.los.customer.metering.PriceArea;

public record MeteringPointView(String meteringPointId, String meterNumber, PriceArea priceArea, BigDecimal latitude,
        BigDecimal longitude, OffsetDateTime addedAt) {

    static MeteringPointView of(MeteringPoint point) {
        return new MeteringPointView(point.id().value(), point.meterNumber(), point.priceArea(), point.latitude(),
                point.longitude(), point.addedAt());
    }
}
