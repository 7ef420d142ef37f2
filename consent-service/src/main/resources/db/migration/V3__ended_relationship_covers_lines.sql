-- The ledger lines that belong to an ended relationship and expire with it: those recorded up to the
-- end of ended_on, and up to covers_lines_until (the withdrawals written when the end, or a later
-- erasure request, was learnt come after the end itself).
alter table ended_relationship add column covers_lines_until timestamptz;
update ended_relationship set covers_lines_until = recorded_at;
alter table ended_relationship alter column covers_lines_until set not null;
