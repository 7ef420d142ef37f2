-- R6: customers are checked against the population register (Folkeregisteret) at registration and
-- again when the last check is old. The result is kept on the customer; a difference becomes a work
-- item for an agent, never an overwrite. A protected address (fortrolig, strengt fortrolig) is
-- shown to the customer alone.
alter table customer add column address_protection varchar(24) not null default 'NONE'
    check (address_protection in ('NONE', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'));
alter table customer add column register_status varchar(16)
    check (register_status in ('RESIDENT', 'EMIGRATED', 'DECEASED', 'OTHER', 'NOT_FOUND'));
alter table customer add column register_checked_at timestamptz;

-- Checks still to be made: the register being away moves due_at on, and nothing is lost.
create table population_check (
    customer_id     uuid        primary key references customer (id),
    queued_at       timestamptz not null,
    due_at          timestamptz not null,
    attempts        integer     not null default 0,
    last_failure_at timestamptz
);
create index population_check_due on population_check (due_at);

-- Every active customer is checked once the service runs.
insert into population_check (customer_id, queued_at, due_at, attempts)
select id, now(), now(), 0 from customer where relationship_ended_on is null;

-- Work items the register raises name what differs (NAME, ADDRESS), never a value.
alter table work_item add column detail varchar(40);
alter table work_item drop constraint work_item_kind_check;
alter table work_item add constraint work_item_kind_check
    check (kind in ('MISSING_EMAIL', 'REGISTER_MISMATCH', 'DECEASED', 'EMIGRATED', 'NOT_IN_REGISTER'));
