package no.los.dsar.transfer;

/** Direct transfers are not set up here: no signing key ({@code los.dsar.transfer.signing-key}). A 503. */
public class DirectTransferUnavailable extends RuntimeException {

    public DirectTransferUnavailable() {
        super("Direct transfer is not set up: dsar-service has no transfer signing key (los.dsar.transfer.signing-key)");
    }
}
