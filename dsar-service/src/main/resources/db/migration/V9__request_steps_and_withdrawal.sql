-- Every request type can be completed, refused or withdrawn, and each step is kept with who took it
-- and when (issue "Data-subject rights II", item 6). Staff are named by their token subject, never by
-- name; the data subject and dsar-service itself by their role alone.
alter table data_subject_request
    add column withdrawn_at timestamptz,
    drop constraint data_subject_request_status,
    add constraint data_subject_request_status check (status in ('RECEIVED', 'COMPLETED', 'REFUSED', 'WITHDRAWN')),
    add constraint data_subject_request_withdrawal check ((status = 'WITHDRAWN') = (withdrawn_at is not null));

create table request_step (
    id            uuid        primary key,
    request_id    uuid        not null references data_subject_request (id),
    step          text        not null check (step in ('RECEIVED', 'IDENTITY_CHECKED', 'APPROVED', 'EXTENDED',
                                                        'COMPLETED', 'REFUSED', 'WITHDRAWN')),
    taken_at      timestamptz not null,
    taken_by      text        not null check (taken_by in ('DATA_SUBJECT', 'STAFF', 'SERVICE')),
    -- the token subject of the staff member; null for the data subject and for dsar-service
    staff_subject text        check ((taken_by = 'STAFF') = (staff_subject is not null))
);
create index request_step_of_request on request_step (request_id, taken_at);
