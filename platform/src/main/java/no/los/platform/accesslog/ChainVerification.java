package no.los.platform.accesslog;

/**
 * The result of walking the access log's hash chain from its oldest kept entry.
 *
 * @param entries        how many entries were checked
 * @param intact         whether every entry still fits its fields and its predecessor
 * @param firstBrokenSeq the first entry that does not, when one does not
 */
public record ChainVerification(long entries, boolean intact, Long firstBrokenSeq) {
}
