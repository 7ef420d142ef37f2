package no.los.consumption.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.intake.DeliveryIntake;
import no.los.consumption.intake.ReadingStage;
import no.los.platform.identifiers.MeteringPointId;

/** What an Elhub delivery stored, and which metering points it refused and why. */
@Schema(name = "DeliveryReceipt")
public record DeliveryReceiptView(
        @Schema(minimum = "1", maximum = "1000000", description = "Lines (metering point days) the delivery held") int lines,
        Stored stored, Refused refused) {

    @Schema(name = "DeliveryStored", description = "Everything of the metering points that were not refused")
    public record Stored(
            @Schema(minimum = "0", maximum = "1000000") int meteringPoints,
            @Schema(minimum = "0", maximum = "1000000") int days,
            @Schema(minimum = "0", maximum = "100000000", description = "Hourly and quarter-hour values") long values,
            @Schema(minimum = "0", maximum = "100000000", description = "Stored values a different one replaced; "
                    + "the days they belonged to are kept as they stood in the correction history") long corrected) {
    }

    @Schema(name = "DeliveryRefused", description = "Metering points of which nothing was stored")
    public record Refused(
            @Schema(minimum = "0", maximum = "1000000", description = "How many metering points were refused") int meteringPoints,
            @Schema(maxItems = 1000, description = "The first of them in line order, each with its first bad line")
            List<RefusedPoint> points) {
    }

    @Schema(name = "DeliveryRefusedPoint")
    public record RefusedPoint(
            @Schema(maxLength = MeteringPointId.LENGTH, pattern = MeteringPointId.PATTERN) String meteringPointId,
            @Schema(minimum = "1", maximum = "1000000", description = "Its days in the delivery") int days,
            @Schema(minimum = "0", maximum = "100000000", description = "Its values in the delivery, as far as they were read") long values,
            @Schema(minimum = "1", maximum = "1000000", description = "The first line that broke a rule") int firstLine,
            @Schema(maxLength = 20, example = "day", description = "The field of that line: meteringPointId, day, "
                    + "resolution or kwh (with the index of the value)") String field,
            @Schema(maxLength = 200, example = "lies outside every supply contract of the metering point") String reason) {
    }

    static DeliveryReceiptView of(DeliveryIntake.Receipt receipt) {
        ReadingStage.Stored stored = receipt.stored();
        return new DeliveryReceiptView(receipt.lines(),
                new Stored(stored.meteringPoints(), stored.days(), stored.values(), stored.corrected()),
                new Refused(receipt.refused().total(), receipt.refused().points().stream()
                        .map(point -> new RefusedPoint(point.meteringPointId(), point.days(), point.values(),
                                point.firstLine(), point.field(), point.reason()))
                        .toList()));
    }
}
