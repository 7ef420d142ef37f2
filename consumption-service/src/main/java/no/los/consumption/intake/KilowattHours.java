package no.los.consumption.intake;

/**
 * A kWh figure as Elhub writes it — at least 0, at most nine whole digits and three decimals, no
 * exponent — read exactly into Wh (thousandths of a kWh) from the characters of a JSON number,
 * without a {@code BigDecimal} or a string per value.
 */
final class KilowattHours {

    /** What makes a figure unreadable; {@link #problem} answers one of these, or {@code null} for a figure that reads. */
    static final String NEGATIVE = "must be at least 0";
    static final String TOO_PRECISE = "must have at most three decimals";
    static final String TOO_LARGE = "must have at most nine digits before the decimal point";
    static final String NOT_PLAIN = "must be a plain decimal number (no exponent)";

    private KilowattHours() {
    }

    /** Why the figure does not read, or {@code null}. */
    static String problem(char[] text, int offset, int length) {
        int end = offset + length;
        if (length > 0 && text[offset] == '-') {
            return NEGATIVE;
        }
        int wholeDigits = 0;
        int decimals = 0;
        boolean afterPoint = false;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c == '.') {
                afterPoint = true;
            } else if (c >= '0' && c <= '9') {
                if (afterPoint) {
                    decimals++;
                } else {
                    wholeDigits++;
                }
            } else {
                return NOT_PLAIN;
            }
        }
        if (decimals > 3) {
            return TOO_PRECISE;
        }
        return wholeDigits > 9 ? TOO_LARGE : null;
    }

    /** The figure in Wh; only for a figure {@link #problem} found nothing wrong with. */
    static long wattHours(char[] text, int offset, int length) {
        long whole = 0;
        int decimals = 0;
        boolean afterPoint = false;
        for (int i = offset; i < offset + length; i++) {
            char c = text[i];
            if (c == '.') {
                afterPoint = true;
                continue;
            }
            whole = whole * 10 + (c - '0');
            if (afterPoint) {
                decimals++;
            }
        }
        for (; decimals < 3; decimals++) {
            whole *= 10;
        }
        return whole;
    }
}
