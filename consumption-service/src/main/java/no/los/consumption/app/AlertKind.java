package no.los.consumption.app;

/** What an app alert watches, and the unit of its threshold. */
public enum AlertKind {
    /** A day's consumption (Europe/Oslo day) above the threshold in kWh. */
    DAILY_CONSUMPTION_ABOVE,
    /** An hour's price above the threshold in NOK per kWh. */
    HOURLY_PRICE_ABOVE
}
