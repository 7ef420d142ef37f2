-- Day-ahead spot prices per price area (issue 9, item 2): not personal data. Hourly, and per quarter hour
-- from 1 October 2025, when the day-ahead market moved to 15-minute periods. In NOK per kWh without VAT,
-- five decimals (a thousandth of an øre); negative prices happen. A day of an area is received whole and
-- replaced whole.
create table spot_price (
    price_area  varchar(3)     not null check (price_area in ('NO1', 'NO2', 'NO3', 'NO4', 'NO5')),
    resolution  varchar(5)     not null check (resolution in ('PT60M', 'PT15M')),
    starts_at   timestamptz    not null,
    nok_per_kwh numeric(10, 5) not null,
    source      varchar(40)    not null,
    received_at timestamptz    not null,
    primary key (price_area, resolution, starts_at)
);
