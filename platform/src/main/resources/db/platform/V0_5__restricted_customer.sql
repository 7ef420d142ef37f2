-- The people whose processing is restricted here (Art. 18): the pseudonymous id, the restriction
-- request that asked for it and since when. The data stays; the service stops processing it while
-- the person has a row, until dsar-service publishes that the request's restriction was lifted,
-- which deletes that row.
create table restricted_customer (
    customer_id   uuid        not null,
    request_id    uuid        not null,
    restricted_at timestamptz not null,
    primary key (customer_id, request_id)
);
