-- Erasure tracking: every service's confirmation kept as a receipt, and an erasure request's
-- part per service, pending until that service has confirmed.

alter table data_subject_request add column completed_at timestamptz;
alter table data_subject_request add constraint data_subject_request_completed
    check ((status = 'COMPLETED') = (completed_at is not null));
-- The late erasure requests, looked up by the privacy officer's list and every metrics scrape.
create index data_subject_request_open_erasure on data_subject_request (received_at)
    where request_type = 'ERASURE' and status <> 'COMPLETED';

-- A confirmation (no.los.erasure.confirmed.v1) as received: categories and counts, never the data.
-- No foreign key to the request: a confirmation for a request unknown here is proof all the same.
create table erasure_receipt (
    id               uuid        primary key,
    customer_id      uuid        not null,
    service          text        not null,
    erasure_trigger  text        not null check (erasure_trigger in ('CONSENT_WITHDRAWN', 'OBJECTION_REGISTERED',
                                     'RELATIONSHIP_ENDED', 'ERASURE_REQUESTED', 'ADDRESS_BOUNCED', 'RETENTION_EXPIRED')),
    trigger_event_id text        not null,
    request_id       uuid,
    confirmed_at     timestamptz not null,
    received_at      timestamptz not null,
    -- one confirmation per service, customer and trigger: a confirmation sent again adds nothing;
    -- one trigger may cover many customers (a retention run, a bounced address), each a receipt
    constraint erasure_receipt_once unique (service, customer_id, trigger_event_id)
);
create index erasure_receipt_customer on erasure_receipt (customer_id, received_at);

create table erasure_receipt_deleted (
    receipt_id   uuid    not null references erasure_receipt (id),
    ordinal      integer not null,
    category     text    not null,
    record_count integer not null check (record_count >= 0),
    primary key (receipt_id, ordinal)
);

create table erasure_receipt_kept (
    receipt_id   uuid    not null references erasure_receipt (id),
    ordinal      integer not null,
    category     text    not null,
    record_count integer not null check (record_count >= 0),
    reason       text    not null,
    -- null while the reason has no fixed end (a contract in force, a standing objection)
    kept_until   date,
    primary key (receipt_id, ordinal)
);

-- An erasure request's part per service: PENDING until the service's receipt for the request arrives.
create table erasure_fulfilment (
    id         uuid primary key,
    request_id uuid not null references data_subject_request (id),
    service    text not null,
    status     text not null check (status in ('PENDING', 'CONFIRMED')),
    receipt_id uuid references erasure_receipt (id),
    constraint erasure_fulfilment_once unique (request_id, service),
    constraint erasure_fulfilment_proof check ((status = 'CONFIRMED') = (receipt_id is not null))
);
