package no.los.consent;

import java.util.Arrays;
import java.util.stream.Collectors;

import no.los.platform.problem.InvalidInputException;

/** Where a consent was given or withdrawn. Withdrawal works in every channel giving does (G1). */
public enum Channel {
    MIN_SIDE,
    APP,
    WEBSITE,
    EMAIL,
    SMS;

    public static Channel parse(String value) {
        return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("channel", "must be one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
