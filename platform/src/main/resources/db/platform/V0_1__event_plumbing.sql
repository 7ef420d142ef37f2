-- Event plumbing every service shares: the transactional outbox, the idempotent consumer's
-- memory of handled events, and the parking place for events that cannot be carried out.

create table outbox_event (
    position     bigint generated always as identity primary key,
    id           uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    type         text        not null,
    occurred_at  timestamptz not null,
    payload      jsonb       not null,
    published_at timestamptz
);
-- The relay only ever looks for what is still to be sent.
create index outbox_event_unpublished on outbox_event (position) where published_at is null;

create table processed_event (
    event_source text        not null,
    event_id     text        not null,
    event_type   text        not null,
    -- the customer id the event is about: shows which events were carried out for whom
    event_subject text,
    processed_at timestamptz not null,
    primary key (event_source, event_id)
);

create table parked_event (
    id               bigint generated always as identity primary key,
    topic            text        not null,
    record_partition int         not null,
    record_offset    bigint      not null,
    record_key       text,
    event_id         text,
    event_source     text,
    event_type       text,
    payload          bytea,
    reason           text        not null,
    parked_at        timestamptz not null
);
