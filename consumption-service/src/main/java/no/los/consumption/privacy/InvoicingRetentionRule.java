package no.los.consumption.privacy;

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
 * </ol>
 * No contract ever known (a metering point learnt for someone who never became a customer of ours):
 * nothing was invoiced, so no duty keeps the data and it goes. Only a contract in force keeps data
 * without a fixed end.
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

    /** The retention that applies, or empty when nothing keeps the invoicing data: it may be deleted. */
    public Optional<Retention> retention(Collection<SupplyContract> contracts, Optional<LocalDate> recordedKeptUntil,
            LocalDate today) {
        if (recordedKeptUntil.isPresent()) {
            return Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, recordedKeptUntil.get()));
        }
        if (contracts.stream().anyMatch(contract -> contract.inForceOn(today))) {
            return Optional.of(new Retention(RetentionReason.CONTRACT_IN_FORCE, null));
        }
        Optional<LocalDate> lastEnd = contracts.stream().map(SupplyContract::lastDay).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (lastEnd.isPresent()) {
            return Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, bookkeeping.keptUntil(lastEnd.get())));
        }
        return Optional.empty();
    }
}
