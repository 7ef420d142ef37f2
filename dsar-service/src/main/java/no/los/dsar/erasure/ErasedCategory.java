package no.los.dsar.erasure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A category of personal data a service deleted, with the number of records that went. */
@Embeddable
public class ErasedCategory {

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "record_count", nullable = false)
    private int count;

    protected ErasedCategory() {
    }

    ErasedCategory(String category, int count) {
        this.category = category;
        this.count = count;
    }

    public String category() {
        return category;
    }

    public int count() {
        return count;
    }
}
