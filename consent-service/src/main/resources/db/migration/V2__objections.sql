-- Objections (Art. 21): one line per objection, with its decision. A direct-marketing objection is
-- upheld the moment it is registered; the others wait for the privacy officer's decision.
create table objection (
    id              uuid primary key,
    customer_id     uuid        not null,
    scope           text        not null check (scope in ('DIRECT_MARKETING', 'SURVEYS', 'PEER_COMPARISON',
                                                          'OTHER_LEGITIMATE_INTEREST')),
    channel         text        not null,
    status          text        not null check (status in ('PENDING', 'UPHELD', 'REJECTED')),
    grounds         text,
    registered_at   timestamptz not null,
    effective_at    timestamptz,
    decided_at      timestamptz,
    decision_reason text,
    check ((status = 'PENDING') = (decided_at is null)),
    check ((status = 'UPHELD') = (effective_at is not null))
);
create index objection_customer on objection (customer_id, registered_at);
-- At most one standing direct-marketing objection per customer: a second registration returns the first.
create unique index objection_one_direct_marketing on objection (customer_id)
    where scope = 'DIRECT_MARKETING' and status = 'UPHELD';

-- Relationships that ended, learnt from customer-service: the start of the consent evidence period.
create table ended_relationship (
    customer_id uuid primary key,
    ended_on    date        not null,
    recorded_at timestamptz not null
);
