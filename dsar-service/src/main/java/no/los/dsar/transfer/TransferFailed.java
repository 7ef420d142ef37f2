package no.los.dsar.transfer;

/**
 * The receiver did not accept the export, or could not be reached; the attempt is on record as
 * FAILED. A 502: the fault lies beyond dsar-service. The message names the transfer and the reason
 * by status or exception class only.
 */
public class TransferFailed extends RuntimeException {

    private final transient Transfer transfer;

    TransferFailed(Transfer transfer) {
        super("The receiver did not take the export (" + transfer.failure().orElse("unknown") + "); transfer "
                + transfer.id() + " is recorded as FAILED");
        this.transfer = transfer;
    }

    public Transfer transfer() {
        return transfer;
    }
}
