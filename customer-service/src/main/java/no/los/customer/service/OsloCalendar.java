package no.los.customer.service;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** Calendar days as LOS counts them: in Europe/Oslo, whatever zone the server runs in. */
@ApplicationScoped
public class OsloCalendar {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public LocalDate today() {
        return LocalDate.now(OSLO);
    }
}
