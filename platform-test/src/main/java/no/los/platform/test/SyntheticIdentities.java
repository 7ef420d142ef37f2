package no.los.platform.test;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Test identities that can never hit a real person: synthetic national ID numbers (month + 80, as
 * Skatteetaten's test population uses) and metering point IDs with a valid GS1 check digit.
 */
public final class SyntheticIdentities {

    private static final int[] FIRST_WEIGHTS = { 3, 7, 6, 1, 8, 9, 4, 5, 2 };
    private static final int[] SECOND_WEIGHTS = { 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };

    private SyntheticIdentities() {
    }

    /** A fresh synthetic fødselsnummer with both control digits right. */
    public static String nationalIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String base = String.format("%02d%02d%02d%03d", 1 + random.nextInt(28), 80 + 1 + random.nextInt(12),
                    random.nextInt(100), random.nextInt(1000));
            int first = controlDigit(base, FIRST_WEIGHTS);
            if (first == 10) {
                continue;
            }
            int second = controlDigit(base + first, SECOND_WEIGHTS);
            if (second == 10) {
                continue;
            }
            return base + first + second;
        }
    }

    /** A fresh Norwegian metering point ID (GSRN) with a valid check digit. */
    public static String meteringPointId() {
        String data = "7070575000" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int weight = (data.length() - 1 - i) % 2 == 0 ? 3 : 1;
            sum += weight * (data.charAt(i) - '0');
        }
        return data + (10 - sum % 10) % 10;
    }

    private static int controlDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int digit = 11 - sum % 11;
        return digit == 11 ? 0 : digit;
    }
}
