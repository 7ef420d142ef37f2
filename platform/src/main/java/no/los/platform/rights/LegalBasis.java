package no.los.platform.rights;

/** The lawful basis of a processing, by its letter of GDPR Art. 6(1). */
public enum LegalBasis {
    CONSENT("6(1)(a)", "Samtykke"),
    CONTRACT("6(1)(b)", "Nødvendig for å oppfylle avtalen med kunden"),
    LEGAL_OBLIGATION("6(1)(c)", "Nødvendig for å oppfylle en rettslig forpliktelse"),
    LEGITIMATE_INTEREST("6(1)(f)", "Berettiget interesse");

    private final String article;
    private final String norwegian;

    LegalBasis(String article, String norwegian) {
        this.article = article;
        this.norwegian = norwegian;
    }

    /** The article and letter, e.g. {@code 6(1)(b)}. */
    public String article() {
        return article;
    }

    public String norwegian() {
        return norwegian;
    }
}
