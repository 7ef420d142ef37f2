package no.los.dsar.portability;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import no.los.platform.problem.InvalidInputException;

/**
 * The structured, commonly used, machine-readable forms a person's portable data comes in (Art.
 * 20(1), R20). Written in the query as {@code format=json}, {@code csv} or {@code green-button}.
 */
public enum ExportFormat {
    /** One JSON document: every service, every portable category, every record. */
    JSON("json", "application/json", "json"),
    /** A ZIP of one RFC 4180 CSV file per category, {@code <service>/<category>.csv}. */
    CSV("csv", "application/zip", "zip"),
    /** The hourly consumption as a Green Button (NAESB ESPI) Atom feed, as consumption-service writes it. */
    GREEN_BUTTON("green-button", "application/atom+xml", "xml");

    private final String queryValue;
    private final String mediaType;
    private final String extension;

    ExportFormat(String queryValue, String mediaType, String extension) {
        this.queryValue = queryValue;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format named in a query; anything else is a 400 problem naming {@code format}. */
    public static ExportFormat parse(String value) {
        return Arrays.stream(values()).filter(format -> format.queryValue.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("format", "must be one of "
                        + Arrays.stream(values()).map(ExportFormat::queryValue).collect(Collectors.joining(", "))));
    }

    public String queryValue() {
        return queryValue;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name the export's file has wherever it lands: the person's disk or the receiver's. */
    public String fileNameFor(UUID requestId) {
        return "los-portability-" + requestId + "." + extension;
    }
}
