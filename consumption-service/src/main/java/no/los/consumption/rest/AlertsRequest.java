package no.los.consumption.rest;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.app.Alert;
import no.los.consumption.app.AlertKind;
import no.los.platform.problem.InvalidInputException;

@Schema(description = "The whole set of alerts the customer wants; it replaces the earlier set, an empty list switches all off")
public record AlertsRequest(@NotNull @Size(max = Alert.MAX_SET) List<@NotNull @Valid AlertRequest> alerts) {

    public record AlertRequest(
            @NotNull @Schema(example = "DAILY_CONSUMPTION_ABOVE") AlertKind kind,
            @NotNull @DecimalMin(value = "0.000", inclusive = false) @DecimalMax("999999.999") @Digits(integer = 6, fraction = 3)
            @Schema(description = "kWh per day, or NOK per kWh for a price alert", example = "40.0") BigDecimal threshold) {
    }

    List<Alert> toAlerts() {
        Set<AlertKind> seen = EnumSet.noneOf(AlertKind.class);
        for (int i = 0; i < alerts.size(); i++) {
            if (!seen.add(alerts.get(i).kind())) {
                throw new InvalidInputException("alerts[" + i + "].kind", "appears twice; one alert per kind");
            }
        }
        return alerts.stream().map(alert -> new Alert(alert.kind(), alert.threshold())).toList();
    }
}
