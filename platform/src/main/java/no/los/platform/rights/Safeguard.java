package no.los.platform.rights;

/** A technical or organisational measure that protects a category (R17, Art. 32). */
public enum Safeguard {
    ENCRYPTED_AT_REST("Kryptert lagring (AES-256-GCM)"),
    KEYED_HASH("Lagres bare som nøkkelhash (HMAC-SHA256), aldri i klartekst"),
    PSEUDONYMOUS_ID("Tjenestene deler bare et pseudonymt kunde-ID"),
    ROLE_BASED_ACCESS("Tilgang bare for roller med tjenstlig behov"),
    SEPARATE_STORE("Lagres i en egen database, atskilt fra kunderegisteret"),
    APPEND_ONLY("Føres som en historikk som ikke kan endres i ettertid"),
    OWN_DATA_ONLY("Kunden ser bare sine egne opplysninger (identitet fra innloggingen)");

    private final String norwegian;

    Safeguard(String norwegian) {
        this.norwegian = norwegian;
    }

    public String norwegian() {
        return norwegian;
    }
}
