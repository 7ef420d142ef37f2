package no.los.suite;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Erasure receipts as dsar-service lists them, with the questions the suite asks of them. */
final class Receipts {

    private final List<Map<String, Object>> receipts;

    private Receipts(List<Map<String, Object>> receipts) {
        this.receipts = List.copyOf(receipts);
    }

    static Receipts of(List<Map<String, Object>> receipts) {
        return new Receipts(receipts);
    }

    Receipts forTrigger(String trigger) {
        return new Receipts(receipts.stream().filter(r -> trigger.equals(r.get("trigger"))).toList());
    }

    Receipts from(String service) {
        return new Receipts(receipts.stream().filter(r -> service.equals(r.get("service"))).toList());
    }

    Set<String> services() {
        return receipts.stream().map(r -> (String) r.get("service")).collect(Collectors.toSet());
    }

    List<Map<String, Object>> list() {
        return receipts;
    }

    int size() {
        return receipts.size();
    }

    /** The only receipt left after filtering; fails when there is none or more than one. */
    Map<String, Object> single() {
        if (receipts.size() != 1) {
            throw new AssertionError("expected exactly one receipt but found " + receipts.size() + ": " + receipts);
        }
        return receipts.get(0);
    }

    /** Records of a category deleted over all these receipts: how often the data went, whatever the trigger. */
    int totalDeleted(String category) {
        return receipts.stream().mapToInt(receipt -> entry(receipt, "deleted", category)
                .map(e -> ((Number) e.get("count")).intValue()).orElse(0)).sum();
    }

    /** Deleted count of a category in the single receipt, or null when the category is not listed. */
    Integer deleted(String category) {
        return entry(single(), "deleted", category).map(e -> ((Number) e.get("count")).intValue()).orElse(null);
    }

    /** The kept entry of a category in the single receipt: count, reason, until; null when not listed. */
    Map<String, Object> kept(String category) {
        return entry(single(), "kept", category).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> entry(Map<String, Object> receipt, String list,
            String category) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) receipt.get(list);
        return Objects.requireNonNull(entries, list).stream().filter(e -> category.equals(e.get("category")))
                .findFirst();
    }
}
