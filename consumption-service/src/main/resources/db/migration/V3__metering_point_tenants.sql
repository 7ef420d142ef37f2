-- A metering point changes hands when the next tenant at the address takes it over (customer-service's
-- metering-point-added for another customer, with a later addedAt). known_metering_point names the
-- current tenant and since when; each reading names the customer whose supply contract covered its
-- day, so the former tenant's readings stay theirs (access, export, retention) after the handover.
alter table known_metering_point add column tenant_since timestamptz;
update known_metering_point set tenant_since = learnt_at;
alter table known_metering_point alter column tenant_since set not null;

alter table hourly_reading add column customer_id uuid;
update hourly_reading r set customer_id = p.customer_id from known_metering_point p where p.id = r.metering_point_id;
alter table hourly_reading alter column customer_id set not null;
create index hourly_reading_customer on hourly_reading (customer_id, metering_point_id, starts_at);
-- A point's row follows its current tenant; a former tenant's readings outlive their tie to it.
alter table hourly_reading drop constraint hourly_reading_metering_point_id_fkey;
