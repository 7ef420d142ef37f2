-- The access log (R8, Art. 32): which staff member or machine identity - a token's subject and roles,
-- never a name - read or changed which person's data, when, in which category, by which operation,
-- under which request. Append-only: no row can be updated, and only the retention sweep deletes, only
-- rows logged before the cut-off it declares in los.access_log_sweep_before. Each entry's hash is the
-- SHA-256 of the previous entry's hash and its own fields, so an entry changed or removed behind the
-- trigger's back breaks the chain where it happened.
create table access_log_entry (
    seq           bigint generated always as identity primary key,
    logged_at     timestamptz not null,
    actor_subject text not null,
    actor_roles   text not null,
    customer_id   uuid not null,
    category      text not null,
    operation     text not null,
    request_ref   text not null,
    previous_hash text not null,
    entry_hash    text not null
);
create index access_log_entry_customer on access_log_entry (customer_id, seq);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE'
            and nullif(current_setting('los.access_log_sweep_before', true), '') is not null
            and old.logged_at < current_setting('los.access_log_sweep_before', true)::timestamptz then
        return old;
    end if;
    raise exception 'access_log_entry is append-only';
end
$$;

create trigger access_log_append_only before update or delete on access_log_entry
    for each row execute function access_log_append_only();
