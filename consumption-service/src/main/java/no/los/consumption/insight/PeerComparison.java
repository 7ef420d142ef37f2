package no.los.consumption.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.los.consumption.app.AppProfile;
import no.los.consumption.app.Household;
import no.los.consumption.repository.AppProfileRepository;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.rights.Restrictions;
import no.los.platform.rights.UpheldObjections;
import no.los.platform.time.OsloCalendar;

/**
 * Comparison with similar households in the visualisation app (R12): a household's month beside the
 * other app households of the same dwelling type and heating. A household's month is the readings
 * stored as its customer's: the hours its own contracts covered, over all its metering points. Only households whose customer gave
 * the app consent and described the household take part. A person whose objection to peer
 * comparison (Art. 21) is upheld, or whose processing is restricted (Art. 18), is left out of every
 * group, in SQL, and gets no comparison of their own.
 */
@ApplicationScoped
public class PeerComparison {

    /** The objection scope that stops it, as consent-service names it. */
    public static final String OBJECTION_SCOPE = "PEER_COMPARISON";

    @Inject
    EntityManager entityManager;

    @Inject
    AppProfileRepository profiles;

    @Inject
    Restrictions restrictions;

    @Inject
    UpheldObjections objections;

    @ConfigProperty(name = "los.consumption.peer-comparison.minimum-households", defaultValue = "5")
    int minimumHouseholds;

    /** The customer's month beside similar households; a 409 problem when the person may not have one. */
    @Transactional(TxType.SUPPORTS)
    public SimilarHouseholds of(UUID customerId, YearMonth month) {
        if (objections.objected(customerId, OBJECTION_SCOPE)) {
            throw new ConflictProblem("Your objection to comparison with similar households is upheld: "
                    + "consumption-service no longer compares your household");
        }
        restrictions.requireUnrestricted(customerId, "Comparing with similar households");
        Household household = profiles.findByIdOptional(customerId).map(AppProfile::household)
                .orElseThrow(() -> new ConflictProblem("Describe the household in the app profile first "
                        + "(PUT /me/app-profile): it decides which households are similar"));
        OffsetDateTime from = month.atDay(1).atStartOfDay(OsloCalendar.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(OsloCalendar.ZONE).toOffsetDateTime();
        Object[] group = (Object[]) entityManager.createNativeQuery("""
                with month_of_household as (
                    select p.customer_id, sum(r.kwh) as kwh
                    from app_profile p
                    join hourly_reading r on r.customer_id = p.customer_id and r.starts_at >= ?3 and r.starts_at < ?4
                    where p.dwelling_type = ?1 and p.heating_type = ?2 and p.customer_id <> ?5
                      and %s and %s
                    group by p.customer_id)
                select count(*), avg(kwh), percentile_cont(0.5) within group (order by kwh)
                from month_of_household""".formatted(Restrictions.notRestricted("p.customer_id"),
                        UpheldObjections.notObjected("p.customer_id", OBJECTION_SCOPE)))
                .setParameter(1, household.dwellingType().name()).setParameter(2, household.heatingType().name())
                .setParameter(3, from).setParameter(4, to).setParameter(5, customerId)
                .getSingleResult();
        int households = ((Number) group[0]).intValue();
        Optional<SimilarHouseholds.Group> figures = households < Math.max(1, minimumHouseholds) ? Optional.empty()
                : Optional.of(new SimilarHouseholds.Group(kwh(group[1]), kwh(group[2])));
        return new SimilarHouseholds(month, household.dwellingType(), household.heatingType(),
                ownKwh(customerId, from, to), households, figures);
    }

    private BigDecimal ownKwh(UUID customerId, OffsetDateTime from, OffsetDateTime to) {
        Object sum = entityManager.createNativeQuery("""
                select coalesce(sum(kwh), 0) from hourly_reading
                where customer_id = ?1 and starts_at >= ?2 and starts_at < ?3""")
                .setParameter(1, customerId).setParameter(2, from).setParameter(3, to).getSingleResult();
        return kwh(sum);
    }

    private static BigDecimal kwh(Object value) {
        return new BigDecimal(value.toString()).setScale(3, RoundingMode.HALF_EVEN);
    }
}
