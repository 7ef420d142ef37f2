-- A contract cancelled before it started (customer-service's contract-cancelled): it covers no day,
-- binds us no longer, and counts as having ended on cancelled_on for the Bookkeeping Act's period.
alter table supply_contract add column cancelled_on date;
