-- The deadline engine (R19, G2): a preliminary answer extends a request's deadline once, by up to two
-- further months; a refused request is closed with a letter that says why. Every answer to the person
-- other than the data itself is a letter kept with the request.
alter table data_subject_request
    add column extended_to date,
    add column refused_at  timestamptz,
    add constraint data_subject_request_status check (status in ('RECEIVED', 'COMPLETED', 'REFUSED')),
    add constraint data_subject_request_extension check (extended_to is null or extended_to > due_on),
    add constraint data_subject_request_refusal check ((status = 'REFUSED') = (refused_at is not null));

drop index data_subject_request_open_due;
create index data_subject_request_open_answer_by on data_subject_request (coalesce(extended_to, due_on))
    where status = 'RECEIVED';

-- A letter to the person about a request: a preliminary answer (with the reason and the likely date),
-- a refusal (with its ground and reasons) or the completion notice. Rendered in Norwegian as HTML or
-- PDF when read.
create table request_letter (
    id                 uuid        primary key,
    request_id         uuid        not null references data_subject_request (id),
    kind               text        not null check (kind in ('PRELIMINARY_ANSWER', 'REFUSAL', 'COMPLETION')),
    written_at         timestamptz not null,
    -- the token subject of the privacy officer who sent it; dsar-service for a completion notice
    written_by         text        not null,
    reasons            text        not null check (length(reasons) between 1 and 2000),
    likely_answered_on date,
    refusal_ground     text        check (refusal_ground in ('MANIFESTLY_UNFOUNDED', 'EXCESSIVE', 'NOT_IDENTIFIED')),
    check ((kind = 'PRELIMINARY_ANSWER') = (likely_answered_on is not null)),
    check ((kind = 'REFUSAL') = (refusal_ground is not null))
);
create index request_letter_of_request on request_letter (request_id, written_at);
