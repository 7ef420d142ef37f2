package no.los.consumption.erasure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import no.los.consumption.contract.SupplyContract;
import no.los.platform.erasure.BookkeepingPeriod;
import no.los.platform.erasure.RetentionReason;

/**
 * Why, and until when, a customer's invoicing data outlives an erasure trigger (Art. 17(3)(b)).
 * <ol>
 * <li>The relationship has ended (and no new contract came since): the Bookkeeping Act keeps it
 * until the recorded date.</li>
 * <li>A contract still in force: the data serves it (CONTRACT_IN_FORCE), with no fixed end.</li>
 * <li>Every contract has ended but the end of the relationship is not known yet: the Bookkeeping
 * Act's period counted from the last contract's end.</li>
 * <li>Data held without any contract known (learnt before contracts were): kept for bookkeeping, the
 * end not known until the relationship's end is.</li>
 * </ol>
 * Nothing held and nothing known: no rule applies.
 */
public final class InvoicingRetentionRule {

    /** The reason for keeping, and the last day kept ({@code null} while there is no fixed end). */
    public record Retention(RetentionReason reason, LocalDate until) {

        public Retention {
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final BookkeepingPeriod bookkeeping;

    public InvoicingRetentionRule(BookkeepingPeriod bookkeeping) {
        this.bookkeeping = bookkeeping;
    }

    public Optional<Retention> retention(Collection<SupplyContract> contracts, Optional<LocalDate> recordedKeptUntil,
            boolean holdsInvoicingData, LocalDate today) {
        if (recordedKeptUntil.isPresent()) {
            return Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, recordedKeptUntil.get()));
        }
        if (contracts.stream().anyMatch(contract -> contract.inForceOn(today))) {
            return Optional.of(new Retention(RetentionReason.CONTRACT_IN_FORCE, null));
        }
        Optional<LocalDate> lastEnd = contracts.stream().map(SupplyContract::endsOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (lastEnd.isPresent()) {
            return Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, bookkeeping.keptUntil(lastEnd.get())));
        }
        if (holdsInvoicingData) {
            return Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, null));
        }
        return Optional.empty();
    }
}
