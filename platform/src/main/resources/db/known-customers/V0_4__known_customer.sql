-- The customers customer-service has registered, as this service learnt them from its
-- no.los.customer.registered events: the pseudonymous id and when it was registered, nothing more.
-- A staff call naming an id that is not here is refused (404); an erasure request deletes the row.
create table known_customer (
    customer_id   uuid primary key,
    registered_at timestamptz not null
);
