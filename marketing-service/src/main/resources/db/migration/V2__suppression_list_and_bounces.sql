-- The suppression list (Art. 21(3)): keyed hashes (HMAC-SHA256) of the customer id and, when known,
-- of the normalised address; never the address. It outlives the address so that it cannot return.
create table suppression_entry (
    id            uuid primary key,
    customer_hash bytea       not null,
    address_hash  bytea,
    reason        text        not null check (reason in ('CONSENT_WITHDRAWN', 'DIRECT_MARKETING_OBJECTION')),
    since         timestamptz not null
);
-- A trigger delivered twice adds no second line.
create unique index suppression_entry_once
    on suppression_entry (customer_hash, reason, coalesce(address_hash, '\x'::bytea));
create index suppression_entry_by_address on suppression_entry (address_hash);

-- What the e-mail service provider reported, without the address: the id is the trigger the
-- erasure confirmations name.
create table bounce_report (
    id            uuid primary key,
    kind          text        not null check (kind in ('HARD', 'SOFT')),
    bounced_at    timestamptz not null,
    received_at   timestamptz not null,
    deleted_count int         not null
);

-- Bounce reports and the suppression check find an address in any letter case.
create index newsletter_subscription_by_address on newsletter_subscription (lower(email));
