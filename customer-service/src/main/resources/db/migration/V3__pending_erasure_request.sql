-- An erasure request made while a contract is in force keeps everything for the contract, but is
-- remembered: when the relationship ends, the contact details go at once instead of being kept for
-- bookkeeping. Cleared once the contact details are erased.
alter table customer add column erasure_requested_at timestamptz;
