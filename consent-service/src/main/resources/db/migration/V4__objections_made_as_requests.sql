-- An objection made as a data subject request (Art. 21 through dsar-service) names the request; its
-- grounds are kept with the request in dsar-service, so none are required here. Every decision names
-- the privacy officer who took it (the token's subject, never a name).
alter table objection add column request_id uuid;
alter table objection add column decided_by text;
create unique index objection_one_per_request on objection (request_id) where request_id is not null;
