package no.los.consumption.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.los.consumption.contract.ContractType;
import no.los.consumption.contract.SupplyContract;
import no.los.consumption.privacy.InvoicingRetentionRule.Retention;
import no.los.platform.erasure.BookkeepingPeriod;
import no.los.platform.erasure.RetentionReason;

/** Why and until when invoicing data outlives an erasure trigger, decided without any infrastructure. */
class InvoicingRetentionRuleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    private final InvoicingRetentionRule rule = new InvoicingRetentionRule(new BookkeepingPeriod(5));

    @Test
    void aContractInForceKeepsTheDataWithoutAFixedEnd() {
        assertEquals(Optional.of(new Retention(RetentionReason.CONTRACT_IN_FORCE, null)),
                rule.retention(List.of(contract("2026-01-01", null)), Optional.empty(), TODAY));
        assertEquals(Optional.of(new Retention(RetentionReason.CONTRACT_IN_FORCE, null)),
                rule.retention(List.of(contract("2026-01-01", "2026-11-26")), Optional.empty(), TODAY),
                "supply runs to the end of its last day");
    }

    @Test
    void aRecordedEndOfTheRelationshipDecides() {
        assertEquals(Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, LocalDate.parse("2031-12-31"))),
                rule.retention(List.of(contract("2026-01-01", "2026-11-26")), Optional.of(LocalDate.parse("2031-12-31")),
                        TODAY));
    }

    @Test
    void endedContractsWithoutAKnownRelationshipEndCountFromTheLastContract() {
        assertEquals(Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, LocalDate.parse("2030-12-31"))),
                rule.retention(List.of(contract("2020-01-01", "2025-03-31"), contract("2020-01-01", "2024-12-31")),
                        Optional.empty(), TODAY));
    }

    @Test
    void withoutAnyKnownContractNothingKeepsTheData() {
        assertEquals(Optional.empty(), rule.retention(List.of(), Optional.empty(), TODAY),
                "nothing was ever invoiced: no duty keeps the metering points");
        assertEquals(Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, LocalDate.parse("2031-12-31"))),
                rule.retention(List.of(), Optional.of(LocalDate.parse("2031-12-31")), TODAY),
                "a recorded keep-until date still decides");
    }

    @Test
    void onlyAContractInForceKeepsWithoutAFixedEnd() {
        List<List<SupplyContract>> cases = List.of(List.of(), List.of(contract("2026-01-01", null)),
                List.of(contract("2020-01-01", "2025-03-31")), List.of(contract("2026-12-01", null)));
        int withoutEnd = 0;
        for (List<SupplyContract> contracts : cases) {
            for (Optional<LocalDate> recorded : List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.parse("2031-12-31")))) {
                Optional<Retention> retention = rule.retention(contracts, recorded, TODAY)
                        .filter(kept -> kept.until() == null);
                if (retention.isPresent()) {
                    assertEquals(RetentionReason.CONTRACT_IN_FORCE, retention.get().reason());
                    withoutEnd++;
                }
            }
        }
        assertEquals(2, withoutEnd, "the two open contracts without a recorded end");
    }

    @Test
    void aContractCoversTheDaysFromItsStartToTheEndOfItsLastDay() {
        SupplyContract contract = contract("2026-11-01", "2026-11-24");
        assertFalse(contract.covers(LocalDate.parse("2026-10-31")));
        assertTrue(contract.covers(LocalDate.parse("2026-11-01")));
        assertTrue(contract.covers(LocalDate.parse("2026-11-24")));
        assertFalse(contract.covers(LocalDate.parse("2026-11-25")));
    }

    @Test
    void aContractCancelledBeforeItStartedCoversNoDayAndCountsFromTheDayOfCancelling() {
        SupplyContract cancelled = contract("2026-12-15", null);
        cancelled.cancel(LocalDate.parse("2026-11-20"));
        assertFalse(cancelled.covers(LocalDate.parse("2026-12-15")));
        assertFalse(cancelled.inForceOn(TODAY));
        assertEquals(Optional.of(new Retention(RetentionReason.BOOKKEEPING_ACT, LocalDate.parse("2031-12-31"))),
                rule.retention(List.of(cancelled), Optional.empty(), TODAY));
    }

    private static SupplyContract contract(String startsOn, String endsOn) {
        SupplyContract contract = new SupplyContract(UUID.randomUUID(), UUID.randomUUID(), "707057500042745649",
                ContractType.SPOT, LocalDate.parse(startsOn), OffsetDateTime.now());
        if (endsOn != null) {
            contract.terminate(LocalDate.parse(endsOn));
        }
        return contract;
    }
}
