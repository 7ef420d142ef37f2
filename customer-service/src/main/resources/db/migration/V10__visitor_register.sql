-- R14: visitors register at reception with their full name, arrival and departure. Not linked to
-- customers. Kept until kept_until (los.customer.visitor-register.keep-days after the day of
-- departure, or of arrival while no departure is registered), then deleted by the retention sweep.
create table visit (
    id            uuid        primary key,
    full_name     text        not null,
    arrived_at    timestamptz not null,
    departed_at   timestamptz,
    kept_until    date        not null,
    registered_by text        not null,
    check (departed_at is null or departed_at >= arrived_at)
);
create index visit_arrived_at on visit (arrived_at);
create index visit_kept_until on visit (kept_until);
create index visit_name on visit (lower(full_name));
