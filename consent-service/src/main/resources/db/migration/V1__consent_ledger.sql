-- The consent ledger: append-only, one line per consent given or withdrawn.
create table consent_entry (
    id             uuid primary key,
    customer_id    uuid        not null,
    purpose        text        not null,
    action         text        not null check (action in ('GIVEN', 'WITHDRAWN')),
    channel        text        not null,
    notice_version text,
    evidence       text        not null,
    recorded_at    timestamptz not null,
    check (action = 'WITHDRAWN' or notice_version is not null)
);
create index consent_entry_customer_purpose on consent_entry (customer_id, purpose, recorded_at);
