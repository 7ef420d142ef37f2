-- The upheld objections (Art. 21) this service heard of from consent-service: the pseudonymous id,
-- the objection, its scope and since when. A service that processes in the scope (peer comparison,
-- surveys, direct marketing) leaves the person out while the row stands. An objection is not
-- withdrawn by the bus, so the row stays: after an erasure request too, so that the stopped
-- processing does not resume (kept as OBJECTION_IN_FORCE).
create table upheld_objection (
    customer_id  uuid        not null,
    objection_id uuid        not null,
    scope        text        not null,
    effective_at timestamptz not null,
    primary key (customer_id, objection_id)
);
create index upheld_objection_scope on upheld_objection (scope, customer_id);
