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
        assertThrows(InvalidInputException.class, () -> contract.terminate(TODAY.minusYears(2), TODAY, OffsetDateTime.now()));
        assertThrows(InvalidInputException.class,
                () -> contract.terminate(TODAY.plusYears(1).plusDays(1), TODAY, OffsetDateTime.now()));
        contract.terminate(TODAY.plusYears(1), TODAY, OffsetDateTime.now());
        assertThrows(ConflictProblem.class, () -> contract.terminate(TODAY, TODAY, OffsetDateTime.now()));
        assertEquals(ContractStatus.TERMINATED, contract.statusOn(TODAY));
        assertEquals(ContractStatus.ENDED, contract.statusOn(TODAY.plusYears(1)));
    }

    private static Contract open() {
        return Contract.start(CUSTOMER, new MeteringPointId("707057500042745649"), ContractType.SPOT,
                TODAY.minusYears(1), OffsetDateTime.now());
    }

    private static Contract endingOn(LocalDate endsOn) {
        Contract contract = open();
        contract.terminate(endsOn, TODAY, OffsetDateTime.now());
        return contract;
    }
}
