-- An objection request (Art. 21) states what it objects to and, for every scope but direct
-- marketing, the person's grounds. The scope is announced to the suite; the grounds stay here, for
-- the privacy officer who decides the objection in consent-service, and are cleared when the request
-- is completed, refused or withdrawn.
alter table data_subject_request add column objection_scope text
    check (objection_scope in ('DIRECT_MARKETING', 'SURVEYS', 'PEER_COMPARISON', 'OTHER_LEGITIMATE_INTEREST'));
alter table data_subject_request add column objection_grounds text;
alter table data_subject_request add constraint objection_only_on_objections
    check (objection_scope is null or request_type = 'OBJECTION');
alter table data_subject_request add constraint objection_grounds_while_open
    check (objection_grounds is null or status = 'RECEIVED');

-- A rejected objection request is refused on Art. 21(1): LOS's compelling legitimate grounds.
alter table request_letter drop constraint request_letter_refusal_ground_check;
alter table request_letter add constraint request_letter_refusal_ground_check
    check (refusal_ground in ('MANIFESTLY_UNFOUNDED', 'EXCESSIVE', 'NOT_IDENTIFIED', 'OBJECTION_OVERRIDDEN'));
