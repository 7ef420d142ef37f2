package no.los.consumption.price;

/** The price source could not be asked, or answered something the service cannot use; the import tries again later. */
public class PriceSourceUnavailable extends RuntimeException {

    public PriceSourceUnavailable(String what) {
        super("The price source " + what);
    }
}
