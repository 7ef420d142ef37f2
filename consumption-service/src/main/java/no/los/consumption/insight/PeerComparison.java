package no.los.consumption.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
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
import no.los.platform.identifiers.PriceArea;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.rights.Restrictions;
import no.los.platform.rights.UpheldObjections;

/**
 * Comparison with similar households in the visualisation app (R12): a household's month beside the
 * other app households of its {@link PeerGroup} (price area, dwelling type, heating, floor-area band and
 * household-size band). A household's month is the sum of its metered days (the daily totals the
 * intake keeps) as its customer's, over all its metering points; it is never in its own group's
 * figures. Only households whose customer gave the app consent and described the household take part. A person whose objection to peer
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

    @ConfigProperty(name = "los.consumption.peer-comparison.minimum-households", defaultValue = "10")
    int minimumHouseholds;

    @ConfigProperty(name = "los.consumption.peer-comparison.dominance-share", defaultValue = "0.15")
    BigDecimal dominanceShare;

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
        PriceArea area = priceAreaOf(customerId).orElseThrow(() -> new ConflictProblem(
                "No metering point is supplied for you: its price area decides which households are similar"));
        PeerGroup group = PeerGroup.of(area, household);
        Object[] figures = (Object[]) entityManager.createNativeQuery("""
                with member as (
                    select p.customer_id,
                           (select min(m.price_area) from known_metering_point m where m.customer_id = p.customer_id)
                               as price_area,
                           %s as area_band, %s as size_band
                    from app_profile p
                    where p.dwelling_type = ?1 and p.heating_type = ?2 and p.customer_id <> ?5 and %s and %s),
                month_of_member as (
                    select d.customer_id, sum(d.kwh) as kwh
                    from member s join metered_day d on d.customer_id = s.customer_id
                    where s.price_area = ?6 and s.area_band = ?7 and s.size_band = ?8 and d.day >= ?3 and d.day < ?4
                    group by d.customer_id),
                ranked as (select kwh, row_number() over (order by kwh) as place, count(*) over () as members
                           from month_of_member)
                select count(*), coalesce(sum(kwh), 0), coalesce(max(kwh), 0), avg(kwh),
                       percentile_cont(0.5) within group (order by kwh),
                       avg(kwh) filter (where place <= ceil(members * 0.2))
                from ranked""".formatted(PeerGroup.AREA_BAND_SQL, PeerGroup.SIZE_BAND_SQL,
                        Restrictions.notRestricted("p.customer_id"), UpheldObjections.notObjected("p.customer_id", OBJECTION_SCOPE)))
                .setParameter(1, group.dwellingType().name()).setParameter(2, group.heatingType().name())
                .setParameter(3, month.atDay(1)).setParameter(4, month.plusMonths(1).atDay(1)).setParameter(5, customerId)
                .setParameter(6, area.name()).setParameter(7, group.areaBand()).setParameter(8, group.householdSizeBand())
                .getSingleResult();
        int households = ((Number) figures[0]).intValue();
        BigDecimal total = new BigDecimal(figures[1].toString());
        BigDecimal largest = new BigDecimal(figures[2].toString());
        Optional<SimilarHouseholds.Hidden> hidden = households < Math.max(1, minimumHouseholds)
                ? Optional.of(SimilarHouseholds.Hidden.TOO_FEW_HOUSEHOLDS)
                : largest.compareTo(total.multiply(dominanceShare)) > 0
                        ? Optional.of(SimilarHouseholds.Hidden.ONE_HOUSEHOLD_DOMINATES)
                        : Optional.empty();
        Optional<SimilarHouseholds.Figures> shown = hidden.isPresent() ? Optional.empty()
                : Optional.of(new SimilarHouseholds.Figures(wholeKwh(figures[3]), wholeKwh(figures[4]), wholeKwh(figures[5])));
        return new SimilarHouseholds(month, group, ownKwh(customerId, month), households, hidden, shown);
    }

    /** The price area the customer is supplied in: of their metering points, the first by area code. */
    private Optional<PriceArea> priceAreaOf(UUID customerId) {
        @SuppressWarnings("unchecked")
        List<String> areas = entityManager.createNativeQuery(
                "select min(price_area) from known_metering_point where customer_id = ?1 having count(*) > 0")
                .setParameter(1, customerId).getResultList();
        return areas.stream().findFirst().map(PriceArea::valueOf);
    }

    private BigDecimal ownKwh(UUID customerId, YearMonth month) {
        Object sum = entityManager.createNativeQuery("""
                select coalesce(sum(kwh), 0) from metered_day where customer_id = ?1 and day >= ?2 and day < ?3""")
                .setParameter(1, customerId).setParameter(2, month.atDay(1)).setParameter(3, month.plusMonths(1).atDay(1))
                .getSingleResult();
        return kwh(sum);
    }

    private static BigDecimal wholeKwh(Object value) {
        return new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal kwh(Object value) {
        return new BigDecimal(value.toString()).setScale(3, RoundingMode.HALF_EVEN);
    }
}
