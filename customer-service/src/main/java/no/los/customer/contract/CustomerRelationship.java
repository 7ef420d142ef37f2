package no.los.customer.contract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rule that ends a customer relationship: it ends on the day the customer's last contract
 * ended, once that day has come and no other contract of the customer runs on after it. A contract
 * cancelled before it started ended on the day it was cancelled, so a customer whose every contract
 * was cancelled is a former customer from the last cancellation. A customer without any contract has
 * no relationship to end.
 */
public final class CustomerRelationship {

    /** The relationship's end: the day, and the contract that ended last. */
    public record End(LocalDate endedOn, UUID lastContractId) {
    }

    private CustomerRelationship() {
    }

    public static Optional<End> endOn(List<Contract> contracts, LocalDate today) {
        if (contracts.isEmpty() || contracts.stream().anyMatch(contract -> contract.lastDay() == null)) {
            return Optional.empty();
        }
        Contract last = contracts.stream()
                .max(Comparator.comparing(Contract::lastDay).thenComparing(Contract::endedAt))
                .orElseThrow();
        if (last.lastDay().isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new End(last.lastDay(), last.id()));
    }
}
