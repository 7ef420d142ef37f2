package no.los.dsar.portability;

/**
 * A service did not deliver its part of a person's portable data: it could not be reached,
 * answered with an error, broke off while sending, or sent something that breaks the rights
 * contract. The export is abandoned whole (503); no part of it is handed out. The message names the
 * service and what went wrong, never the data.
 */
public class PortablePartUnavailable extends RuntimeException {

    private final String service;

    public PortablePartUnavailable(String service, String what) {
        super(service + " " + what);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
