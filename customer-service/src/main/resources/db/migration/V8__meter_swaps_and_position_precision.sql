-- R7: a meter swap keeps the meter numbers on the metering point. One row per swap, oldest first by
-- swapped_on; the current meter is metering_point.meter_number. A swap belongs to the installation,
-- so it goes with the metering point.
create table meter_swap (
    id                    uuid        primary key,
    metering_point_id     varchar(18) not null references metering_point (id) on delete cascade,
    previous_meter_number text        not null,
    meter_number          text        not null,
    swapped_on            date        not null,
    recorded_at           timestamptz not null,
    check (previous_meter_number <> meter_number)
);
create index meter_swap_metering_point on meter_swap (metering_point_id, swapped_on);

-- The position identifies the installation where an address does not (a cabin, a boathouse, a
-- barn under the farm's address): four decimals, about 11 m north-south and 6 m east-west at 60° N,
-- tell neighbouring buildings apart. Six decimals (about 10 cm) served no purpose.
alter table metering_point alter column latitude type numeric(7, 4) using round(latitude, 4);
alter table metering_point alter column longitude type numeric(7, 4) using round(longitude, 4);
