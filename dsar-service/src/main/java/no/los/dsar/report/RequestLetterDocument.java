package no.los.dsar.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestType;
import no.los.dsar.letters.LetterKind;
import no.los.dsar.letters.RefusalGround;
import no.los.dsar.letters.RequestLetter;

/**
 * A letter about a request as the person reads it: in Norwegian (bokmål), as XHTML or as PDF, with the
 * access report's style and renderer. A preliminary answer states why more time is needed and the
 * likely date; a refusal states its ground and reasons; a completion notice says what was done and
 * where the answer is. Every letter names the right to complain to Datatilsynet, with its postal
 * address from the privacy policy, and the right to go to court.
 */
public final class RequestLetterDocument {

    private static final Map<RequestType, String> WHAT_WAS_ASKED = Map.of(
            RequestType.ACCESS, "innsyn i personopplysningene dine (artikkel 15)",
            RequestType.RECTIFICATION, "retting av personopplysninger (artikkel 16)",
            RequestType.ERASURE, "sletting av personopplysninger (artikkel 17)",
            RequestType.RESTRICTION, "begrensning av behandlingen (artikkel 18)",
            RequestType.PORTABILITY, "dataportabilitet (artikkel 20)",
            RequestType.OBJECTION, "protest mot behandlingen (artikkel 21)");

    private static final Map<LetterKind, String> TITLES = Map.of(
            LetterKind.PRELIMINARY_ANSWER, "Foreløpig svar på henvendelsen din",
            LetterKind.REFUSAL, "Avslag på henvendelsen din",
            LetterKind.COMPLETION, "Henvendelsen din er besvart",
            LetterKind.LIFTING_NOTICE, "Begrensningen av behandlingen oppheves");

    static final String COURTS = "Du kan også bringe saken inn for domstolene (personvernforordningen artikkel 79).";

    private RequestLetterDocument() {
    }

    /** The letter as an XHTML document. */
    public static String html(DataSubjectRequest request, RequestLetter letter) {
        StringBuilder html = new StringBuilder();
        String title = TITLES.get(letter.kind());
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nb\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>").append(title).append("</title>")
                .append("<style>").append(AccessReportHtml.STYLE).append("</style></head><body>");
        element(html, "h1", title);
        element(html, "p", RightsNotice.CONTROLLER.name() + ", " + day(letter.writtenAt()));
        element(html, "p", "Vi mottok henvendelsen din om " + WHAT_WAS_ASKED.get(request.type()) + " "
                + day(request.receivedAt()) + ". Fristen for å svare deg var " + day(request.dueOn())
                + request.extendedTo().map(extended -> ", forlenget til " + AccessReportHtml.DAY.format(extended)).orElse("") + ".");
        if (letter.kind() == LetterKind.COMPLETION) {
            element(html, "p", "Henvendelsen ble besvart " + day(letter.writtenAt()) + ". " + letter.reasons());
        } else if (letter.kind() == LetterKind.LIFTING_NOTICE) {
            element(html, "p", "Behandlingen av opplysningene dine har vært begrenset etter ønsket ditt. Før vi "
                    + "opphever begrensningen, skal du få beskjed (personvernforordningen artikkel 18 nr. 3). Etter at "
                    + "den er opphevet, behandler LOS' tjenester opplysningene dine igjen som før.");
            element(html, "h2", "Hvorfor begrensningen oppheves");
            element(html, "p", letter.reasons());
        } else if (letter.kind() == LetterKind.PRELIMINARY_ANSWER) {
            LocalDate likely = letter.likelyAnsweredOn().orElseThrow();
            element(html, "p", "Vi trenger mer tid til å svare deg. Personvernforordningen artikkel 12 nr. 3 lar oss "
                    + "forlenge fristen med inntil to måneder når det er nødvendig fordi henvendelsen er sammensatt, "
                    + "eller fordi vi har mange henvendelser.");
            element(html, "h2", "Hvorfor vi trenger mer tid");
            element(html, "p", letter.reasons());
            element(html, "p", "Vi regner med å svare deg innen " + AccessReportHtml.DAY.format(likely) + ".");
        } else {
            RefusalGround ground = letter.refusalGround().orElseThrow();
            element(html, "p", "Vi kan ikke imøtekomme henvendelsen. " + ground.norwegian()
                    + " Grunnlaget er personvernforordningen artikkel " + ground.article() + ".");
            element(html, "h2", "Begrunnelse");
            element(html, "p", letter.reasons());
        }
        element(html, "h2", "Klage og domstolsprøving");
        element(html, "p", "Er du uenig, kan du klage til " + RightsNotice.DATATILSYNET.name() + ", "
                + RightsNotice.DATATILSYNET.postalAddress() + " (" + RightsNotice.DATATILSYNET.website()
                + "), etter personvernforordningen artikkel " + RightsNotice.DATATILSYNET.article() + ". " + COURTS);
        element(html, "p", "Spørsmål om henvendelsen sender du til " + RightsNotice.PRIVACY_EMAIL + ", eller per post til "
                + RightsNotice.CONTROLLER.name() + ", " + RightsNotice.CONTROLLER.postalAddress() + ".");
        html.append("</body></html>");
        return html.toString();
    }

    /** The letter as a PDF, rendered from its XHTML. */
    public static byte[] pdf(DataSubjectRequest request, RequestLetter letter) {
        return AccessReportPdf.render(html(request, letter));
    }

    /** The letter's XHTML as bytes, to be sent as a file. */
    public static byte[] htmlBytes(DataSubjectRequest request, RequestLetter letter) {
        return html(request, letter).getBytes(StandardCharsets.UTF_8);
    }

    /** The file name a letter is saved under. */
    public static String fileName(RequestLetter letter, ReportFormat format) {
        String kind = switch (letter.kind()) {
            case PRELIMINARY_ANSWER -> "forelopig-svar";
            case REFUSAL -> "avslag";
            case COMPLETION -> "svar";
            case LIFTING_NOTICE -> "oppheving";
        };
        return kind + "-" + letter.id() + "." + format.name().toLowerCase(Locale.ROOT);
    }

    private static void element(StringBuilder html, String tag, String text) {
        html.append('<').append(tag).append('>').append(AccessReportHtml.escape(text)).append("</").append(tag)
                .append('>');
    }

    private static String day(OffsetDateTime moment) {
        return AccessReportHtml.DAY.format(moment.atZoneSameInstant(AccessReportHtml.NORWAY));
    }

    private static String day(LocalDate date) {
        return AccessReportHtml.DAY.format(date);
    }
}
