package no.los.consumption.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.los.consumption.app.Alert;
import no.los.consumption.app.AlertKind;

/** The alerts the customer has set in the app, ordered by kind. */
public record AlertsView(@Schema(maxItems = Alert.MAX_SET) List<AlertView> alerts) {

    public record AlertView(AlertKind kind, BigDecimal threshold) {
    }

    static AlertsView of(List<Alert> alerts) {
        return new AlertsView(alerts.stream().map(alert -> new AlertView(alert.kind(), alert.threshold())).toList());
    }
}
