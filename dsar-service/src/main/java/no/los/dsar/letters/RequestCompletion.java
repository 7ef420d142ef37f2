package no.los.dsar.letters;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import no.los.dsar.DataSubjectRequest;
import no.los.dsar.RequestStep;
import no.los.dsar.RequestType;
import no.los.dsar.repository.RequestLetterRepository;
import no.los.dsar.repository.RequestStepRepository;

/**
 * Completes a request as its last service's answer comes in and writes the notice that tells the
 * person so, in the same transaction: every answer to the person is a letter kept with the request. A
 * request already completed or refused is left as it is, and gets no second notice.
 */
@ApplicationScoped
public class RequestCompletion {

    private static final Map<RequestType, String> WHAT_WAS_DONE = Map.of(
            RequestType.ACCESS, "Innsynsrapporten er klar. Du laster den ned på Min side (JSON, HTML eller PDF) så lenge "
                    + "den er tilgjengelig.",
            RequestType.PORTABILITY, "Opplysningene dine er klare til nedlasting på Min side (JSON, CSV eller Green "
                    + "Button), og du kan be oss sende dem direkte til en annen behandlingsansvarlig.",
            RequestType.ERASURE, "Alle LOS' tjenester har bekreftet slettingen. Kvitteringene viser hva som ble slettet, "
                    + "og hva vi må beholde, hvorfor og hvor lenge.",
            RequestType.RECTIFICATION, "Opplysningene er rettet, og alle LOS' tjenester har oppdatert det de har av "
                    + "dem. Mottakerne av opplysningene er varslet om hvilke kategorier som ble rettet; på Min side ser "
                    + "du hvem de er.",
            RequestType.RESTRICTION, "Behandlingen av opplysningene dine er begrenset i alle LOS' tjenester: "
                    + "opplysningene lagres, men brukes ikke. Vi gir deg beskjed før begrensningen oppheves.",
            RequestType.OBJECTION, "Protesten din er tatt til følge. Alle LOS' tjenester har fått beskjed, og de som "
                    + "behandler opplysningene dine til det protesten gjelder, har stanset det.");

    @Inject
    RequestLetterRepository letters;

    @Inject
    RequestStepRepository steps;

    /** Completes the open request at {@code at}, as the last service's part came in, with its notice; whether it did. */
    @Transactional(TxType.MANDATORY)
    public boolean complete(DataSubjectRequest request, OffsetDateTime at) {
        if (!request.isOpen()) {
            return false;
        }
        request.complete(at);
        letters.persist(RequestLetter.completion(request.id(), WHAT_WAS_DONE.get(request.type()), at));
        steps.persist(RequestStep.byTheService(request.id(), RequestStep.Kind.COMPLETED, at));
        return true;
    }
}
