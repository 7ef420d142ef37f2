package no.los.dsar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestStepTest {

    @Test
    void theViewsBoundIsOneStepOfEachKind() {
        assertEquals(RequestStep.Kind.values().length, RequestStep.MAX_STEPS);
    }

    @Test
    void aStaffStepNamesTheStaffMemberAndNoOtherStepDoes() {
        UUID request = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        assertEquals("officer-1", RequestStep.byStaff(request, RequestStep.Kind.REFUSED, now, "officer-1")
                .staffSubject().orElseThrow());
        assertEquals(false, RequestStep.byTheDataSubject(request, RequestStep.Kind.WITHDRAWN, now).staffSubject()
                .isPresent());
        assertThrows(IllegalArgumentException.class,
                () -> RequestStep.byStaff(request, RequestStep.Kind.EXTENDED, now, " "));
    }
}
