-- The agent search's queries (CustomerRepository) on 200,000 synthetic customers, with the indexes of
-- migrations V7 and V12, in a scratch database. Run: psql -h 127.0.0.1 -U postgres -f this file;
-- docs/benchmarks.md gives the EXPLAIN ANALYZE figures and the queries timed. Drops the scratch
-- database at the end.
drop database if exists search_bench;
create database search_bench;
\c search_bench
create table customer (id uuid primary key, full_name text not null, national_id_lookup bytea not null unique,
  email text, phone text, street text, postal_code varchar(4), city text);
insert into customer
select gen_random_uuid(),
       (array['Kari','Ola','Ingrid','Per','Sigrid','Tor','Anne','Lars'])[1 + g % 8] || ' ' ||
       (array['Nordmann','Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Berg','Haugen'])[1 + (g / 8) % 10]
         || (g % 997)::text,
       sha256(g::text::bytea), 'kunde' || g || '@example.no', '+47 4' || lpad((g % 10000000)::text, 7, '0'),
       'Gate ' || g, '4612', 'Kristiansand'
from generate_series(1, 200000) g;
create index customer_email_lower on customer (lower(email));
create index customer_phone_digits on customer (right(regexp_replace(phone, '[^0-9]', '', 'g'), 8));
create index customer_name_prefix on customer (lower(full_name) text_pattern_ops);
create extension if not exists pg_trgm;
create index customer_name_trigrams on customer using gin (lower(full_name) gin_trgm_ops);
analyze customer;

\timing on
explain analyze select id from customer where national_id_lookup = sha256('123456'::bytea);
explain analyze select id from customer where right(regexp_replace(phone, '[^0-9]', '', 'g'), 8) = '40123456'
  order by lower(full_name), id limit 101;
explain analyze select id from customer where lower(email) = lower('Kunde123456@example.no') order by lower(full_name), id limit 101;
explain analyze select id from customer where (lower(full_name) like lower('ingrid ber%') escape '!'
  or lower(full_name) like lower(concat('% ', 'ingrid ber%')) escape '!'
  or lower(full_name) like lower(concat('%-', 'ingrid ber%')) escape '!') order by lower(full_name), id limit 101;
explain analyze select id from customer where (lower(full_name) like lower('berg12%') escape '!'
  or lower(full_name) like lower(concat('% ', 'berg12%')) escape '!'
  or lower(full_name) like lower(concat('%-', 'berg12%')) escape '!') order by lower(full_name), id limit 101;
-- the same name search without the trigram index of V12
drop index customer_name_trigrams;
explain analyze select id from customer where (lower(full_name) like lower('ingrid ber%') escape '!'
  or lower(full_name) like lower(concat('% ', 'ingrid ber%')) escape '!'
  or lower(full_name) like lower(concat('%-', 'ingrid ber%')) escape '!') order by lower(full_name), id limit 101;
\c postgres
drop database search_bench;
