package no.los.consumption.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consumption.HourlyReading;
import no.los.consumption.Period;
import no.los.consumption.ReadingCursor;
import no.los.consumption.repository.HourlyReadingRepository;
import no.los.consumption.repository.KnownMeteringPointRepository;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.NotFoundProblem;

/** Reading stored consumption: one metering point for staff, all of a customer's points for the customer. */
@ApplicationScoped
public class ConsumptionHistory {

    @Inject
    KnownMeteringPointRepository meteringPoints;

    @Inject
    HourlyReadingRepository readings;

    @Transactional(TxType.SUPPORTS)
    public List<HourlyReading> ofMeteringPoint(MeteringPointId meteringPointId, Period period) {
        if (meteringPoints.findByIdOptional(meteringPointId.value()).isEmpty()) {
            throw new NotFoundProblem("Metering point");
        }
        return readings.between(List.of(meteringPointId.value()), period.from(), period.to());
    }

    /**
     * The customer's own readings (those of the hours their contracts covered, at any point), by point
     * and hour: at most {@code count} of them from after the cursor.
     */
    @Transactional(TxType.SUPPORTS)
    public List<HourlyReading> ofCustomer(UUID customerId, Period period, ReadingCursor after, int count) {
        return readings.ofCustomerBetween(customerId, period.from(), period.to(), after, count);
    }
}
