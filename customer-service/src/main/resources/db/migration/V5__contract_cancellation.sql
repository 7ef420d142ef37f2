-- A contract that has not started can be cancelled: it never supplies, and counts as having ended on
-- the day it was cancelled (Europe/Oslo) when the relationship's end is decided.
alter table contract add column cancelled_at timestamptz;
alter table contract add column cancelled_on date;
alter table contract add constraint contract_cancelled_both
    check ((cancelled_at is null) = (cancelled_on is null));
alter table contract add constraint contract_cancelled_before_start
    check (cancelled_on is null or cancelled_on < starts_on);
