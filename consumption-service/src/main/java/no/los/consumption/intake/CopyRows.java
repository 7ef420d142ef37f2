package no.los.consumption.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format: fields separated by a tab,
 * rows ended by a newline, {@code \N} for null. Numbers are written as ASCII digits without a
 * string in between, since a delivery writes millions of them. Text fields must be the service's own
 * words or validated identifiers: nothing here escapes a tab, a newline or a backslash.
 */
final class CopyRows {

    private static final byte TAB = '\t';
    private static final byte NEWLINE = '\n';
    private static final byte[] NULL = { '\\', 'N' };

    private final OutputStream out;
    private final byte[] digits = new byte[20];
    private boolean firstField = true;

    CopyRows(OutputStream out) {
        this.out = out;
    }

    CopyRows number(long value) throws IOException {
        separate();
        if (value == 0) {
            out.write('0');
            return this;
        }
        long rest = value;
        if (rest < 0) {
            out.write('-');
        }
        int position = digits.length;
        while (rest != 0) {
            digits[--position] = (byte) ('0' + Math.abs(rest % 10));
            rest /= 10;
        }
        out.write(digits, position, digits.length - position);
        return this;
    }

    CopyRows text(String value) throws IOException {
        separate();
        if (value == null) {
            out.write(NULL);
        } else {
            out.write(value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    CopyRows uuid(UUID value) throws IOException {
        return text(value == null ? null : value.toString());
    }

    CopyRows flag(boolean value) throws IOException {
        separate();
        out.write(value ? 't' : 'f');
        return this;
    }

    void endRow() throws IOException {
        out.write(NEWLINE);
        firstField = true;
    }

    private void separate() throws IOException {
        if (!firstField) {
            out.write(TAB);
        }
        firstField = false;
    }
}
