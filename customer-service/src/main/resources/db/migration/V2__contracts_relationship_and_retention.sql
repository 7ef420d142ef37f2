-- Contact details can be erased on request while identity and address are kept for bookkeeping.
alter table customer alter column email drop not null;
alter table customer alter column phone drop not null;

-- The customer relationship: ended on the day the last contract ended; kept until the Bookkeeping
-- Act's period for that day runs out, then deleted by the retention job.
alter table customer add column relationship_ended_on date;
alter table customer add column kept_until date;
alter table customer add constraint customer_former_has_keep_until
    check ((relationship_ended_on is null) = (kept_until is null));
create index customer_kept_until on customer (kept_until) where kept_until is not null;

-- Supply contracts: one metering point each, from startsOn to the end of endsOn (null while open).
create table contract (
    id                uuid primary key,
    customer_id       uuid        not null references customer (id),
    metering_point_id varchar(18) not null references metering_point (id),
    contract_type     varchar(8)  not null check (contract_type in ('SPOT', 'FASTPRIS', 'VARIABEL')),
    starts_on         date        not null,
    ends_on           date,
    terminated_at     timestamptz,
    registered_at     timestamptz not null,
    check (ends_on is null or ends_on >= starts_on),
    check ((ends_on is null) = (terminated_at is null))
);
create index contract_customer on contract (customer_id);
create index contract_metering_point on contract (metering_point_id);
