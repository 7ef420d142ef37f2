package no.los.consumption.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.consumption.HourlyReading;
import no.los.consumption.Period;
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

    /** The customer a metering point is ours for now, whose readings a call about the point touches. */
    @Transactional(TxType.SUPPORTS)
    public Optional<UUID> customerOf(MeteringPointId meteringPointId) {
        return meteringPoints.findByIdOptional(meteringPointId.value()).map(point -> point.customerId());
    }

    @Transactional(TxType.SUPPORTS)
    public List<HourlyReading> ofCustomer(UUID customerId, Period period) {
        return readings.between(meteringPoints.idsOfCustomer(customerId), period.from(), period.to());
    }
}
