-- R13: the interaction log. E-mail, phone, Facebook, letter and in-person contacts that are part of
-- handling a case, per customer. A case is open while handled; once closed, its interactions are
-- kept until kept_until (los.customer.interaction-log.keep-days-after-case-closed after the day it
-- closed) and then deleted with it by the retention sweep.
create table customer_case (
    customer_id uuid        not null references customer (id),
    reference   varchar(40) not null,
    opened_at   timestamptz not null,
    closed_on   date,
    kept_until  date,
    primary key (customer_id, reference),
    check ((closed_on is null) = (kept_until is null))
);
create index customer_case_kept_until on customer_case (kept_until) where kept_until is not null;

create table interaction (
    id             uuid        primary key,
    customer_id    uuid        not null,
    case_reference varchar(40) not null,
    channel        varchar(12) not null check (channel in ('EMAIL', 'PHONE', 'FACEBOOK', 'LETTER', 'IN_PERSON')),
    direction      varchar(8)  not null check (direction in ('INBOUND', 'OUTBOUND')),
    occurred_at    timestamptz not null,
    agent_subject  text        not null,
    summary        text        not null,
    attachments    text[]      not null default '{}',
    recorded_at    timestamptz not null,
    rectified_at   timestamptz,
    foreign key (customer_id, case_reference) references customer_case (customer_id, reference) on delete cascade
);
create index interaction_customer on interaction (customer_id, occurred_at);
