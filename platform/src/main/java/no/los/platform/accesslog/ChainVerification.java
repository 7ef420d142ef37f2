package no.los.platform.accesslog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of walking the access log's hash chain from its oldest kept entry.
 *
 * @param entries        how many entries were checked
 * @param intact         whether every entry still fits its fields and its predecessor
 * @param firstBrokenSeq the first entry that does not, when one does not
 */
public record ChainVerification(@Schema(minimum = "0", maximum = "9223372036854775807") long entries, boolean intact,
        @Schema(minimum = "1", maximum = "9223372036854775807") Long firstBrokenSeq) {
}
