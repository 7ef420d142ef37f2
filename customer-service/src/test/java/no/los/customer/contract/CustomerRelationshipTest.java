package no.los.customer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.los.platform.identifiers.MeteringPointId;
import no.los.platform.problem.ConflictProblem;
import no.los.platform.problem.InvalidInputException;

/** When a customer relationship ends, as a rule on its own. */
class CustomerRelationshipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final TerminationWindow WINDOW = new TerminationWindow(TODAY, 90);

    @Test
    void aCustomerWithoutContractsHasNoRelationshipToEnd() {
        assertEquals(Optional.empty(), CustomerRelationship.endOn(List.of(), TODAY));
    }

    @Test
    void anOpenContractKeepsTheRelationship() {
        Contract ended = endingOn(TODAY.minusDays(3));
        assertEquals(Optional.empty(), CustomerRelationship.endOn(List.of(ended, open()), TODAY));
    }

    @Test
    void theRelationshipEndsOnTheDayTheLongestRunningContractEnds() {
        Contract earlier = endingOn(TODAY.minusDays(10));
        Contract last = endingOn(TODAY);
        assertEquals(Optional.of(new CustomerRelationship.End(TODAY, last.id())),
                CustomerRelationship.endOn(List.of(last, earlier), TODAY));
    }

    @Test
    void anEndDateAheadDoesNotEndItYet() {
        Contract last = endingOn(TODAY.plusDays(1));
        assertEquals(Optional.empty(), CustomerRelationship.endOn(List.of(last), TODAY));
        assertEquals(TODAY.plusDays(1), CustomerRelationship.endOn(List.of(last), TODAY.plusDays(1)).orElseThrow().endedOn());
    }

    @Test
    void aTerminationNeitherBeforeTheStartNorMoreThanAYearAheadNorTwice() {
        Contract contract = open();
        assertThrows(InvalidInputException.class, () -> contract.terminate(TODAY.minusYears(2), WINDOW, OffsetDateTime.now()));
        assertThrows(InvalidInputException.class,
                () -> contract.terminate(TODAY.plusYears(1).plusDays(1), WINDOW, OffsetDateTime.now()));
        contract.terminate(TODAY.plusYears(1), WINDOW, OffsetDateTime.now());
        assertThrows(ConflictProblem.class, () -> contract.terminate(TODAY, WINDOW, OffsetDateTime.now()));
        assertEquals(ContractStatus.TERMINATED, contract.statusOn(TODAY));
        assertEquals(ContractStatus.ENDED, contract.statusOn(TODAY.plusYears(1)));
    }

    @Test
    void aTerminationMayEndAtMostTheWindowsDaysBack() {
        InvalidInputException tooFarBack = assertThrows(InvalidInputException.class,
                () -> open().terminate(TODAY.minusDays(91), WINDOW, OffsetDateTime.now()));
        assertEquals(Contract.ENDS_ON, tooFarBack.field());
        Contract lateNotice = open();
        lateNotice.terminate(TODAY.minusDays(90), WINDOW, OffsetDateTime.now());
        assertEquals(TODAY.minusDays(90), lateNotice.endsOn());
        assertThrows(InvalidInputException.class,
                () -> open().terminate(TODAY.minusDays(1), new TerminationWindow(TODAY, 0), OffsetDateTime.now()));
    }

    private static Contract open() {
        return Contract.start(CUSTOMER, new MeteringPointId("707057500042745649"), ContractType.SPOT,
                TODAY.minusYears(1), OffsetDateTime.now());
    }

    private static Contract endingOn(LocalDate endsOn) {
        Contract contract = open();
        contract.terminate(endsOn, WINDOW, OffsetDateTime.now());
        return contract;
    }
}
