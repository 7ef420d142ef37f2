package no.los.platform.problem;

/**
 * Input that breaks a domain rule, e.g. a national ID number whose control digits do not match.
 * Becomes a 400 problem naming the field. The message says what is wrong, never the value.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
