-- Customers: the national ID number only encrypted (AES-GCM) and as a keyed hash for lookup.
create table customer (
    id                    uuid primary key,
    full_name             text        not null,
    national_id_encrypted bytea       not null,
    national_id_lookup    bytea       not null unique,
    email                 text        not null,
    phone                 text        not null,
    street                text        not null,
    postal_code           varchar(4)  not null,
    city                  text        not null,
    registered_at         timestamptz not null
);

-- Metering points: the installation's GSRN, the meter mounted there, position and price area.
create table metering_point (
    id           varchar(18) primary key,
    customer_id  uuid         not null references customer (id),
    meter_number text         not null,
    price_area   varchar(3)   not null check (price_area in ('NO1', 'NO2', 'NO3', 'NO4', 'NO5')),
    latitude     numeric(9, 6),
    longitude    numeric(9, 6),
    added_at     timestamptz  not null
);
create index metering_point_customer on metering_point (customer_id);
