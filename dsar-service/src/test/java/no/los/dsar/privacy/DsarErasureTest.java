package no.los.dsar.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.rights.DataSubjectRights.ErasureRules;

/** dsar-service tracks erasure and erases nothing itself: its records are the proof of how each request went. */
class DsarErasureTest {

    private final ErasureRules rules = new DsarErasure();

    @Test
    void itActsOnNoTrigger() {
        for (ErasureTrigger trigger : ErasureTrigger.values()) {
            assertFalse(rules.actsOn(trigger), trigger.name());
        }
        assertFalse(rules.processesUnderConsent("NEWSLETTER_EMAIL"));
    }

    @Test
    void askedToEraseAnywayItRefuses() {
        UUID request = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> rules.erase(
                new ErasureCase.ErasureRequested(UUID.randomUUID(), request),
                ErasureReport.onRequest(request, UUID.randomUUID().toString())));
    }
}
