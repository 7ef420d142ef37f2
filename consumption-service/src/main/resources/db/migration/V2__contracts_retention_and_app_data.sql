-- ============================================================================================
-- Invoicing data (purpose: the supply contract; Bookkeeping Act). Kept while a contract is in
-- force, then until invoicing_retention.kept_until, then deleted by the retention job.
-- ============================================================================================

-- Supply contracts learnt from customer-service: readings are accepted only for hours inside one.
-- Supply runs from starts_on to the end of ends_on (Europe/Oslo days); ends_on is null while open.
create table supply_contract (
    id                uuid        primary key,
    customer_id       uuid        not null,
    metering_point_id varchar(18) not null,
    contract_type     varchar(10) not null,
    starts_on         date        not null,
    ends_on           date,
    learnt_at         timestamptz not null
);
create index supply_contract_metering_point on supply_contract (metering_point_id);
create index supply_contract_customer on supply_contract (customer_id);

-- A former customer's invoicing data is kept until kept_until (the Bookkeeping Act's period after
-- the relationship ended), then the retention job deletes it. A new contract removes the row.
create table invoicing_retention (
    customer_id           uuid primary key,
    relationship_ended_on date not null,
    kept_until            date not null
);
create index invoicing_retention_due on invoicing_retention (kept_until);

-- ============================================================================================
-- App-only data (purpose: the visualisation app, on the VISUALISATION_APP consent). Never read
-- for invoicing; deleted at once when the consent is withdrawn, the relationship ends or the
-- customer asks for erasure. Profiles and alerts cannot outlive the registration they hang on.
-- ============================================================================================

-- The customer's registration for the app: a copy of the VISUALISATION_APP consent, learnt from
-- consent-service. The evidence of the consent itself stays in consent-service.
create table app_registration (
    customer_id    uuid primary key,
    notice_version text        not null,
    given_at       timestamptz not null
);

-- What the customer told the app about the household, to compare with similar homes.
create table app_profile (
    customer_id        uuid primary key references app_registration (customer_id),
    household_size     int         not null check (household_size between 1 and 20),
    dwelling_type      varchar(20) not null,
    heating_type       varchar(20) not null,
    area_square_metres int         not null check (area_square_metres between 5 and 2000),
    updated_at         timestamptz not null
);

-- The alerts the customer set in the app, at most one per kind.
create table alert_setting (
    customer_id uuid          not null references app_registration (customer_id),
    kind        varchar(30)   not null,
    threshold   numeric(9, 3) not null check (threshold > 0),
    primary key (customer_id, kind)
);
