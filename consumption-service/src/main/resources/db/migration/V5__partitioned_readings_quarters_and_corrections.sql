-- Readings at Elhub's scale (issue 9, item 1): per month partitions, quarter-hour values, the history of
-- corrections and the day of each metering point (its resolution and total, maintained at intake).

-- One partition per Europe/Oslo calendar month: <parent>_YYYY_MM holds [the 1st 00:00, the next 1st 00:00)
-- in Norwegian time. The service calls it ahead of time and for every month a delivery touches
-- (ReadingPartitions); a partition that another caller created meanwhile is fine.
create function create_month_partition(parent text, month date) returns boolean
language plpgsql as $$
declare
    first_day date := date_trunc('month', month)::date;
    partition text := parent || '_' || to_char(first_day, 'YYYY_MM');
begin
    if to_regclass(partition) is not null then
        return false;
    end if;
    execute format('create table %I partition of %I for values from (%L) to (%L)', partition, parent,
        first_day::timestamp at time zone 'Europe/Oslo',
        (first_day + interval '1 month')::timestamp at time zone 'Europe/Oslo');
    return true;
exception when duplicate_table then
    return false;
end $$;

-- Hourly values: as Elhub measured them, or the sum of the four quarters of a day received in PT15M
-- (the invoicing basis and every hourly view read this table).
alter table hourly_reading rename to hourly_reading_before_v5;
alter table hourly_reading_before_v5 rename constraint hourly_reading_pkey to hourly_reading_before_v5_pkey;
alter index hourly_reading_customer rename to hourly_reading_before_v5_customer;

create table hourly_reading (
    metering_point_id varchar(18)    not null,
    starts_at         timestamptz    not null,
    customer_id       uuid           not null,
    kwh               numeric(12, 3) not null check (kwh >= 0),
    received_at       timestamptz    not null,
    primary key (metering_point_id, starts_at)
) partition by range (starts_at);
create index hourly_reading_customer on hourly_reading (customer_id, metering_point_id, starts_at);

do $$
declare
    month date;
begin
    for month in select distinct date_trunc('month', starts_at at time zone 'Europe/Oslo')::date
                 from hourly_reading_before_v5 loop
        perform create_month_partition('hourly_reading', month);
    end loop;
end $$;
insert into hourly_reading (metering_point_id, starts_at, customer_id, kwh, received_at)
select metering_point_id, starts_at, customer_id, kwh, received_at from hourly_reading_before_v5;
drop table hourly_reading_before_v5;

-- Quarter-hour values (PT15M) of the days a metering point was measured per quarter, as received: the
-- same columns, keys and partitions as the hours.
create table quarter_hour_reading (like hourly_reading including all) partition by range (starts_at);

-- The day of a metering point as Elhub delivered it: its resolution (a point may change resolution
-- only at a day boundary), whose day it is (the customer whose contract covered it), how many values
-- and their total: the daily rollup the intake maintains.
create table metered_day (
    metering_point_id varchar(18)    not null,
    day               date           not null,
    customer_id       uuid           not null,
    resolution        varchar(5)     not null check (resolution in ('PT60M', 'PT15M')),
    intervals         int            not null check (intervals between 1 and 100),
    kwh               numeric(14, 3) not null check (kwh >= 0),
    updated_at        timestamptz    not null,
    primary key (metering_point_id, day)
);
create index metered_day_customer on metered_day (customer_id, metering_point_id, day);

insert into metered_day (metering_point_id, day, customer_id, resolution, intervals, kwh, updated_at)
select metering_point_id, (starts_at at time zone 'Europe/Oslo')::date, min(customer_id::text)::uuid, 'PT60M',
       count(*), sum(kwh), max(received_at)
from hourly_reading
group by metering_point_id, (starts_at at time zone 'Europe/Oslo')::date;

-- Every version of a metered day that a correction replaced, as it stood: its values in order with their
-- starts, when the newest of them had arrived and when the day was replaced. Only versions a
-- correction changed are kept. Kept and erased with the invoicing data of the customer whose day it was.
create table reading_correction (
    metering_point_id varchar(18)      not null,
    day               date             not null,
    resolution        varchar(5)       not null check (resolution in ('PT60M', 'PT15M')),
    customer_id       uuid             not null,
    starts_at         timestamptz[]    not null,
    kwh               numeric(12, 3)[] not null check (cardinality(kwh) = cardinality(starts_at)),
    received_at       timestamptz      not null,
    replaced_at       timestamptz      not null
);
-- Read and deleted per customer only (access, portability, erasure).
create index reading_correction_customer on reading_correction (customer_id);
