package no.los.consent.rest;

import jakarta.ws.rs.core.Response;

import no.los.consent.service.Objections.Registration;

/** How a registration answers: 201 for a new objection, 200 for the direct-marketing objection already standing. */
final class ObjectionResponses {

    private ObjectionResponses() {
    }

    static Response registered(Registration registration) {
        return Response.status(registration.registeredNow() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ObjectionView.of(registration.objection()))
                .build();
    }
}
