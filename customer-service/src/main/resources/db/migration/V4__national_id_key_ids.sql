-- Which key sealed each national ID number and which keyed a lookup hash, so that keys can be
-- rotated: NationalIdRotation re-seals every row whose ids are not the current ones, and look-ups
-- try the previous lookup key as well until it is retired. Rows from before this migration were
-- sealed without associated data; their ids stay null until the rotation has re-sealed them.
alter table customer add column national_id_key_id text;
alter table customer add column national_id_lookup_key_id text;
create index customer_national_id_key_ids on customer (national_id_key_id, national_id_lookup_key_id);
