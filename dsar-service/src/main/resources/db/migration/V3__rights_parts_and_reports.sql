-- Access and portability requests: each service's part, the access report assembled from them,
-- and every download of it.

-- Who on the staff registered a request on the data subject's behalf (the token's subject): the only
-- agent who may hand that person the access report. Null for requests the person made on Min side.
alter table data_subject_request add column registered_by text;
alter table data_subject_request add constraint data_subject_request_registered_by_staff
    check (registered_by is null or submitted_by = 'STAFF_ON_BEHALF');

-- One service's part of an access or portability request. AWAITED until the service's
-- no.los.rights.answered.v1 arrives, then ANSWERED; for an access request COLLECTED once dsar-service
-- has fetched the part over REST. The part's JSON waits here only until the report is assembled,
-- then it is cleared: the person's data is kept in one place, the report.
create table rights_part (
    id              uuid        primary key,
    request_id      uuid        not null references data_subject_request (id),
    service         text        not null,
    status          text        not null check (status in ('AWAITED', 'ANSWERED', 'COLLECTED')),
    answered_at     timestamptz,
    collected_at    timestamptz,
    part            jsonb,
    -- failed fetches: the exception's class name only, never its message (it could quote data)
    failed_attempts integer     not null default 0 check (failed_attempts >= 0),
    last_failure    text,
    retry_at        timestamptz,
    constraint rights_part_once unique (request_id, service),
    constraint rights_part_answered check ((status = 'AWAITED') = (answered_at is null)),
    constraint rights_part_collected check ((status = 'COLLECTED') = (collected_at is not null)),
    constraint rights_part_held_while_collecting check (part is null or status = 'COLLECTED')
);
-- The collector's work: answered parts waiting to be fetched.
create index rights_part_to_collect on rights_part (answered_at) where status = 'ANSWERED';

-- The access report (Art. 15) of one request: every service's part with its metadata, the
-- controller, automated decisions, the rights and the right to complain. Kept until delete_after,
-- then the report is deleted and only the row stays, so a late download is told it is gone.
create table access_report (
    request_id   uuid        primary key references data_subject_request (id),
    customer_id  uuid        not null,
    generated_at timestamptz not null,
    delete_after timestamptz not null,
    report       jsonb,
    deleted_at   timestamptz,
    constraint access_report_deleted check ((report is null) = (deleted_at is not null))
);
create index access_report_due on access_report (delete_after) where deleted_at is null;

-- Every download of a report: who (the token's subject and the role it used), which format, when.
create table report_download (
    id            uuid        primary key,
    request_id    uuid        not null references access_report (request_id),
    downloaded_by text        not null,
    role          text        not null,
    format        text        not null check (format in ('JSON', 'HTML', 'PDF')),
    downloaded_at timestamptz not null
);
create index report_download_request on report_download (request_id, downloaded_at);
