-- Requests from data subjects (GDPR Art. 15-22) and the date each must be answered by.
create table data_subject_request (
    id            uuid primary key,
    customer_id   uuid        not null,
    request_type  text        not null,
    channel       text        not null,
    submitted_by  text        not null check (submitted_by in ('DATA_SUBJECT', 'STAFF_ON_BEHALF')),
    received_at   timestamptz not null,
    due_on        date        not null,
    status        text        not null
);
create index data_subject_request_customer on data_subject_request (customer_id, received_at);
create index data_subject_request_open_due on data_subject_request (due_on) where status <> 'COMPLETED';
