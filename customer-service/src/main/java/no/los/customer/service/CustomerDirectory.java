package no.los.customer.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.customer.Customer;
import no.los.customer.identity.NationalIdNumber;
import no.los.customer.identity.NationalIdProtection;
import no.los.customer.metering.MeterSwap;
import no.los.customer.metering.MeteringPoint;
import no.los.customer.population.PopulationCheck;
import no.los.customer.repository.CustomerRepository;
import no.los.customer.repository.MeterSwapRepository;
import no.los.customer.repository.MeteringPointRepository;
import no.los.customer.worklist.WorkItemKind;
import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.NotFoundProblem;

/** Reading what is registered about a customer (R9): for agents, and for the customer on Min side. */
@ApplicationScoped
public class CustomerDirectory {

    @Inject
    CustomerRepository customers;

    @Inject
    MeteringPointRepository meteringPoints;

    @Inject
    NationalIdProtection protection;

    @Inject
    Worklist worklist;

    @Inject
    MeterSwapRepository swaps;

    @Inject
    PopulationChecks populationChecks;

    /**
     * A customer with what belongs to it, the national ID number decrypted for masking or display, and
     * the kinds of work item open about it.
     */
    public record CustomerRecord(Customer customer, NationalIdNumber nationalIdNumber, List<PointRecord> meteringPoints,
            Set<WorkItemKind> openWorkItems, Optional<PopulationCheck> pendingCheck) {
    }

    /**
     * A metering point with its meter history, oldest swap first, and whether the population register
     * protects the tenant's address (then the position is as protected as the address).
     */
    public record PointRecord(MeteringPoint point, List<MeterSwap> swaps, boolean addressProtected) {
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<CustomerRecord> find(UUID customerId) {
        return customers.findByIdOptional(customerId)
                .map(customer -> new CustomerRecord(customer, protection.open(customer.id(), customer.nationalId()),
                        pointsOf(meteringPoints.ofCustomer(customerId), customer.addressProtection().isProtected()),
                        worklist.openFor(customerId),
                        populationChecks.pending(customerId)));
    }

    /** One of the customer's metering points, with its meter history. */
    @Transactional(TxType.SUPPORTS)
    public PointRecord meteringPoint(UUID customerId, MeteringPointId meteringPointId) {
        return meteringPoints.findByIdOptional(meteringPointId.value())
                .filter(point -> point.customerId().equals(customerId))
                .map(point -> pointsOf(List.of(point), customers.findByIdOptional(customerId)
                        .map(customer -> customer.addressProtection().isProtected()).orElse(false)).get(0))
                .orElseThrow(() -> new NotFoundProblem("Metering point"));
    }

    private List<PointRecord> pointsOf(List<MeteringPoint> points, boolean addressProtected) {
        Map<String, List<MeterSwap>> byPoint = swaps.ofMeteringPoints(points.stream().map(point -> point.id().value())
                .toList()).stream().collect(Collectors.groupingBy(swap -> swap.meteringPointId().value()));
        return points.stream().map(point -> new PointRecord(point, byPoint.getOrDefault(point.id().value(), List.of()),
                addressProtected)).toList();
    }
}
