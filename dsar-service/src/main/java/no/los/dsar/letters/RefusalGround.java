package no.los.dsar.letters;

/**
 * Why a request may be refused, each with the article that allows it and how the letter puts it.
 * Anything else is answered: these are the only grounds the regulation gives a controller, and for
 * an objection the weighing Art. 21(1) asks for.
 */
public enum RefusalGround {
    /** Art. 12(5)(b): the request is manifestly unfounded. */
    MANIFESTLY_UNFOUNDED("12 nr. 5 bokstav b", "Henvendelsen er åpenbart grunnløs."),
    /** Art. 12(5)(b): the request is excessive, in particular because it repeats itself. */
    EXCESSIVE("12 nr. 5 bokstav b", "Henvendelsen er urimelig, særlig fordi den gjentar seg."),
    /** Art. 11(2) and 12(2): LOS could not establish who asked. */
    NOT_IDENTIFIED("11 nr. 2 og 12 nr. 2", "Vi har ikke kunnet fastslå at henvendelsen kommer fra deg."),
    /**
     * Art. 21(1): the privacy officer rejected the objection in consent-service, finding compelling
     * legitimate grounds that override the person's. Given only by that decision, never by hand here.
     */
    OBJECTION_OVERRIDDEN("21 nr. 1", "Vi har tvingende berettigede grunner for behandlingen som går foran dine "
            + "interesser, rettigheter og friheter.");

    /** Whether staff may give this ground themselves when they refuse a request. */
    public boolean givenByHand() {
        return this != OBJECTION_OVERRIDDEN;
    }

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
