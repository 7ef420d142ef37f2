-- Metering points consumption may receive readings for, learnt from customer-service's events.
create table known_metering_point (
    id          varchar(18) primary key,
    customer_id uuid        not null,
    price_area  varchar(3)  not null,
    learnt_at   timestamptz not null
);
create index known_metering_point_customer on known_metering_point (customer_id);

-- Hourly consumption (kWh, three decimals as Elhub sends it): the invoicing basis.
-- A correction for the same hour replaces the earlier value.
create table hourly_reading (
    metering_point_id varchar(18)    not null references known_metering_point (id),
    starts_at         timestamptz    not null,
    kwh               numeric(12, 3) not null check (kwh >= 0),
    received_at       timestamptz    not null,
    primary key (metering_point_id, starts_at)
);
