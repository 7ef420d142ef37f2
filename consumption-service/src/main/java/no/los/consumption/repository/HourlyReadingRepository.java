package no.los.consumption.repository;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import no.los.consumption.HourlyReading;

@ApplicationScoped
public class HourlyReadingRepository implements PanacheRepositoryBase<HourlyReading, HourlyReading.Key> {

    /** Stores a reading; a later value for the same hour (an Elhub correction) replaces the earlier one. */
    public void upsert(String meteringPointId, OffsetDateTime startsAt, BigDecimal kwh) {
        getEntityManager().createNativeQuery("""
                insert into hourly_reading (metering_point_id, starts_at, kwh, received_at)
                values (?1, ?2, ?3, now())
                on conflict (metering_point_id, starts_at) do update set kwh = excluded.kwh, received_at = now()""")
                .setParameter(1, meteringPointId)
                .setParameter(2, startsAt)
                .setParameter(3, kwh)
                .executeUpdate();
    }

    public List<HourlyReading> between(List<String> meteringPointIds, OffsetDateTime from, OffsetDateTime to) {
        if (meteringPointIds.isEmpty()) {
            return List.of();
        }
        return list("key.meteringPointId in ?1 and key.startsAt >= ?2 and key.startsAt < ?3 "
                + "order by key.meteringPointId, key.startsAt", meteringPointIds, from, to);
    }

    /** How many readings the metering points hold. */
    public long countOf(List<String> meteringPointIds) {
        return meteringPointIds.isEmpty() ? 0 : count("key.meteringPointId in ?1", meteringPointIds);
    }

    /** Deletes every reading of the metering points; returns how many went. */
    public long deleteOf(List<String> meteringPointIds) {
        return meteringPointIds.isEmpty() ? 0 : delete("key.meteringPointId in ?1", meteringPointIds);
    }
}
