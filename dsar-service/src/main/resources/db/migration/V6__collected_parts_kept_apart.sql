-- A service's fetched part of an access request is held apart from the row that follows the part's
-- progress, so that showing where a request stands (polled by Min side) never reads megabytes of
-- readings. Parts and reports are stored as json, not jsonb: json keeps the text as the service and
-- the report wrote it, fields in their order, and is not taken apart and put together again.
-- With each part, the categories it declares as used for automated decisions (Art. 22), as a JSON
-- array of 'service/category', read when the part was fetched, for the report's statement on them.
create table collected_part (
    part_id             uuid primary key references rights_part (id),
    part                json not null,
    automated_decisions json not null
);
insert into collected_part (part_id, part, automated_decisions)
select p.id, p.part::json, coalesce((
        select json_agg(p.service || '/' || (c -> 'category' ->> 'name'))
        from jsonb_array_elements(p.part -> 'categories') c
        where (c -> 'category' ->> 'automatedDecisions')::boolean), '[]'::json)
from rights_part p where p.part is not null;
alter table rights_part drop constraint rights_part_held_while_collecting;
alter table rights_part drop column part;
alter table access_report alter column report type json using report::json;
