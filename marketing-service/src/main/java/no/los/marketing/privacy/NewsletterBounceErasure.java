package no.los.marketing.privacy;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.platform.erasure.ErasureCase;
import no.los.platform.erasure.ErasureConfirmation;
import no.los.platform.erasure.ErasureReport;
import no.los.platform.erasure.ErasureTrigger;
import no.los.platform.rights.RightsProtocol;

/**
 * A bounce is marketing's own erasure trigger: no other service announces it, so marketing hands
 * each customer whose subscription held the bounced address to the rights protocol itself, with the
 * bounce report's id as the trigger the confirmation names. {@link NewsletterErasure} carries it out.
 */
@ApplicationScoped
public class NewsletterBounceErasure {

    @Inject
    RightsProtocol protocol;

    /**
     * Erases the customer's bounced address and confirms it, in the bounce report's transaction.
     *
     * @return how many addresses went: 1, or 0 when a withdrawal or erasure took it first
     */
    @Transactional(TxType.MANDATORY)
    public int addressBounced(UUID customerId, UUID bounceId) {
        ErasureConfirmation confirmation = protocol.erase(new ErasureCase.AddressBounced(customerId, bounceId),
                ErasureReport.on(ErasureTrigger.ADDRESS_BOUNCED, bounceId.toString()));
        return confirmation.deleted().stream().mapToInt(ErasureConfirmation.Deleted::count).sum();
    }
}
