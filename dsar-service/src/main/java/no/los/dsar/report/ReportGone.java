package no.los.dsar.report;

import java.time.OffsetDateTime;

/** The report was assembled, but deleted once its time ran out; a new access request makes a new one. */
public class ReportGone extends RuntimeException {

    private final transient OffsetDateTime deletedAt;

    ReportGone(OffsetDateTime deletedAt) {
        super("The access report was deleted at " + deletedAt + " when its download period ended; "
                + "make a new access request for a new report");
        this.deletedAt = deletedAt;
    }

    public OffsetDateTime deletedAt() {
        return deletedAt;
    }
}
