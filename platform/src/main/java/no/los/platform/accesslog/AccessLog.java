package no.los.platform.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.los.platform.persistence.NativeTimestamps;

/**
 * The service's access log (R8, Art. 32): appended in a transaction of its own under a lock, so the
 * entries form one hash chain in the order they were written; read by the privacy officer and in the
 * person's access report; walked to prove nothing was changed.
 */
@ApplicationScoped
public class AccessLog {

    /** The first entry's predecessor. */
    static final String GENESIS = "0".repeat(64);
    /** The advisory lock that orders appends (any constant no other lock of the suite uses). */
    private static final long APPEND_LOCK = 0x4c4f535f4c4f47L;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "los.access-log.keep")
    Duration keep;

    /**
     * Appends one entry per person: this actor did this operation on their data in these categories.
     * One transaction and one hold of the lock, however many people a call touched (a page of the
     * newsletter list, an import).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void appendAll(String actorSubject, String actorRoles, Collection<UUID> customerIds, String category,
            String operation, String requestRef) {
        if (customerIds.isEmpty()) {
            return;
        }
        if (category == null || category.length() > AccessLogEntry.MAX_CATEGORY
                || !category.matches(AccessLogEntry.CATEGORIES)) {
            throw new IllegalArgumentException("access log categories are kebab-case names, comma-separated, of at most "
                    + AccessLogEntry.MAX_CATEGORY + " characters");
        }
        actorSubject = cut(actorSubject, AccessLogEntry.MAX_SUBJECT);
        actorRoles = cut(actorRoles, AccessLogEntry.MAX_ROLES);
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> last = entityManager.createNativeQuery(
                "select entry_hash from access_log_entry order by seq desc limit 1").getResultList();
        String previous = last.isEmpty() ? GENESIS : last.get(0);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (UUID customerId : customerIds) {
            String hash = hash(previous, now, actorSubject, actorRoles, customerId, category, operation, requestRef);
            entityManager.createNativeQuery("insert into access_log_entry (logged_at, actor_subject, actor_roles, "
                    + "customer_id, category, operation, request_ref, previous_hash, entry_hash) "
                    + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, now).setParameter(2, actorSubject).setParameter(3, actorRoles)
                    .setParameter(4, customerId).setParameter(5, category).setParameter(6, operation)
                    .setParameter(7, requestRef).setParameter(8, previous).setParameter(9, hash)
                    .executeUpdate();
            previous = hash;
        }
    }

    /** Everyone who read or changed this person's data, oldest first. */
    @Transactional
    public List<AccessLogEntry> of(UUID customerId) {
        return rows("where customer_id = ?1 order by seq", customerId);
    }

    /** What the log keeps about a person after an erasure: how many entries, and the day the last one goes. */
    public record Retained(long entries, LocalDate until) {
    }

    /**
     * The person's entries an erasure leaves in place (R8 needs them for three years), or nothing when
     * no staff member or machine ever touched the person's data here.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Retained> retained(UUID customerId) {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select count(*), max(logged_at) from access_log_entry where customer_id = ?1")
                .setParameter(1, customerId).getSingleResult();
        long entries = ((Number) row[0]).longValue();
        if (entries == 0) {
            return Optional.empty();
        }
        return Optional.of(new Retained(entries, NativeTimestamps.utc(row[1]).plus(keep).toLocalDate()));
    }

    /** A page of the whole log, newest first: at most {@code size} entries older than {@code beforeSeq}. */
    @Transactional
    public List<AccessLogEntry> page(long beforeSeq, int size) {
        return rows("where seq < ?1 order by seq desc limit " + size, beforeSeq);
    }

    /** At most {@code size} of the person's entries after the given seq, oldest first. */
    @Transactional
    public List<AccessLogEntry> pageOf(UUID customerId, long afterSeq, int size) {
        return rows("where customer_id = ?1 and seq > " + afterSeq + " order by seq limit " + size, customerId);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** Walks the chain from the oldest kept entry (whose predecessor the sweep removed, or the genesis). */
    @Transactional
    public ChainVerification verify() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select seq, logged_at, actor_subject, actor_roles, customer_id, "
                + "category, operation, request_ref, previous_hash, entry_hash from access_log_entry order by seq")
                .getResultList();
        String expectedPrevious = null;
        long checked = 0;
        for (Object[] row : rows) {
            long seq = ((Number) row[0]).longValue();
            String previous = (String) row[8];
            String stored = (String) row[9];
            boolean linked = expectedPrevious == null || expectedPrevious.equals(previous);
            String recomputed = hash(previous, NativeTimestamps.utc(row[1]), (String) row[2], (String) row[3], (UUID) row[4],
                    (String) row[5], (String) row[6], (String) row[7]);
            checked++;
            if (!linked || !recomputed.equals(stored)) {
                return new ChainVerification(checked, false, seq);
            }
            expectedPrevious = stored;
        }
        return new ChainVerification(checked, true, null);
    }

    /** Deletes the entries past their retention as of {@code now}; the trigger refuses any other deletion. */
    @Transactional
    public int sweep(OffsetDateTime now) {
        OffsetDateTime before = now.minus(keep);
        entityManager.createNativeQuery("select set_config('los.access_log_sweep_before', ?1, true)")
                .setParameter(1, before.toString()).getSingleResult();
        return entityManager.createNativeQuery("delete from access_log_entry where logged_at < ?1")
                .setParameter(1, before).executeUpdate();
    }

    private List<AccessLogEntry> rows(String condition, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select seq, logged_at, actor_subject, actor_roles, customer_id, "
                + "category, operation, request_ref from access_log_entry " + condition)
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(row -> new AccessLogEntry(((Number) row[0]).longValue(), NativeTimestamps.utc(row[1]),
                (String) row[2], (String) row[3], (UUID) row[4], (String) row[5], (String) row[6], (String) row[7])).toList();
    }

    static String hash(String previous, OffsetDateTime loggedAt, String subject, String roles, UUID customerId,
            String category, String operation, String requestRef) {
        String fields = String.join("\n", previous, loggedAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString(),
                subject, roles, customerId.toString(), category, operation, requestRef);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fields.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
