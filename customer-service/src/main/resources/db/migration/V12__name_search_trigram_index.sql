-- Agent search by the start of any word of the name (CustomerSearch): a trigram index serves the
-- "like '% word%'" half that the text_pattern_ops index of V7 cannot, so the search is no scan of
-- the register. pg_trgm is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index customer_name_trigrams on customer using gin (lower(full_name) gin_trgm_ops);
