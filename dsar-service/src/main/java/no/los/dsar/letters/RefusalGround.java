package no.los.dsar.letters;

/**
 * Why a request may be refused, each with the article that allows it and how the letter puts it.
 * Anything else is answered: these are the only grounds the regulation gives a controller.
 */
public enum RefusalGround {
    /** Art. 12(5)(b): the request is manifestly unfounded. */
    MANIFESTLY_UNFOUNDED("12 nr. 5 bokstav b", "Henvendelsen er åpenbart grunnløs."),
    /** Art. 12(5)(b): the request is excessive, in particular because it repeats itself. */
    EXCESSIVE("12 nr. 5 bokstav b", "Henvendelsen er urimelig, særlig fordi den gjentar seg."),
    /** Art. 11(2) and 12(2): LOS could not establish who asked. */
    NOT_IDENTIFIED("11 nr. 2 og 12 nr. 2", "Vi har ikke kunnet fastslå at henvendelsen kommer fra deg.");

    private final String article;
    private final String norwegian;

    RefusalGround(String article, String norwegian) {
        this.article = article;
        this.norwegian = norwegian;
    }

    /** The article of the regulation that allows the refusal, as the letter cites it. */
    public String article() {
        return article;
    }

    /** The ground, as the letter states it. */
    public String norwegian() {
        return norwegian;
    }
}
