package no.los.dsar.letters;

/** What a letter to the person about their request is. */
public enum LetterKind {
    /** The deadline is extended (Art. 12(3)): why, and when the answer is likely. */
    PRELIMINARY_ANSWER,
    /** The request is refused (Art. 12(5), or the person could not be identified): why, and where to turn. */
    REFUSAL,
    /** The request is carried out: what was done, and where the answer is. */
    COMPLETION,
    /** A restriction will be lifted (Art. 18(3)): told before it is, with why. */
    LIFTING_NOTICE
}
