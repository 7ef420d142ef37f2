package no.los.dsar.privacy;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.rights.DataSubjectRights.ErasureRules;

/**
 * dsar-service's erasure rules: it acts on no trigger. It is the tracker of erasure, and its
 * requests and receipts are the record of how each request was handled (Art. 5(2), 12;
 * {@code REQUEST_ACCOUNTABILITY}); they hold categories and counts, never the data erased. Since
 * the platform subscribes only to what a service acts on, {@link #erase} is never called; if it
 * were, it refuses rather than confirm an erasure that did not happen.
 */
final class DsarErasure implements ErasureRules {

    @Override
    public boolean actsOn(ErasureTrigger trigger) {
        return false;
    }

    @Override
    public void erase(ErasureCase erasure, ErasureReport report) {
        throw new IllegalStateException("dsar-service erases nothing: its requests and receipts are the record of "
                + "how each request was handled");
    }
}
