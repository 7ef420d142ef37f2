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
    SMS,
    /**
     * An objection made as a data subject request through dsar-service, which keeps how the request
     * reached LOS. Never a channel a consent, a withdrawal or an objection can be given in directly.
     */
    PRIVACY_REQUEST;

    /** A 400 problem unless the channel is one a person uses directly (not {@link #PRIVACY_REQUEST}). */
    public static Channel requireDirect(Channel channel) {
        if (channel == PRIVACY_REQUEST) {
            throw new InvalidInputException("channel", "PRIVACY_REQUEST is set by dsar-service for an objection "
                    + "made as a data subject request; give the channel the person used");
        }
        return channel;
    }

    public static Channel parse(String value) {
        return Arrays.stream(values()).filter(c -> c != PRIVACY_REQUEST && c.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("channel", "must be one of "
                        + Arrays.stream(values()).filter(c -> c != PRIVACY_REQUEST).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
