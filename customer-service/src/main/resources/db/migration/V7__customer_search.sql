-- Agent search (CustomerSearch): e-mail without regard to case, phone on its last eight digits with
-- spaces and signs left out, name by the prefix of its first word. The national ID number is found
-- through national_id_lookup, which is unique and indexed already.
create index customer_email_lower on customer (lower(email));
create index customer_phone_digits on customer (right(regexp_replace(phone, '[^0-9]', '', 'g'), 8));
create index customer_name_prefix on customer (lower(full_name) text_pattern_ops);
