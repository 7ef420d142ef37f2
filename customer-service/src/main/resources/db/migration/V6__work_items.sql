-- Agents' work lists: open follow-ups about a customer, one of each kind at most. Closing an item
-- deletes it; the access log keeps who closed it.
create table work_item (
    id          uuid        primary key,
    customer_id uuid        not null references customer (id),
    kind        varchar(24) not null check (kind in ('MISSING_EMAIL')),
    opened_at   timestamptz not null,
    unique (customer_id, kind)
);
create index work_item_kind_opened on work_item (kind, opened_at, id);

-- R9: LOS seeks the e-mail address of every customer without one. A customer whose address was
-- erased on request is a former customer and is not asked again.
insert into work_item (id, customer_id, kind, opened_at)
select gen_random_uuid(), id, 'MISSING_EMAIL', now()
from customer
where email is null and relationship_ended_on is null;
