-- Portability (Art. 20, R20): every export handed out, the allow-list of controllers a person's data
-- may be sent to directly, and every direct transfer with its outcome. The exports themselves are
-- never stored: they are built from the services' parts when asked for, and only their size and
-- SHA-256 are kept, as the proof of what left.

-- Every download of a portability export: which request, who, which format, when.
create table export_download (
    id                 uuid        primary key,
    request_id         uuid        not null references data_subject_request (id),
    export_format      text        not null check (export_format in ('JSON', 'CSV', 'GREEN_BUTTON')),
    downloaded_by_role text        not null check (downloaded_by_role in ('DATA_SUBJECT', 'AGENT', 'PRIVACY_OFFICER')),
    -- the subject of the token that downloaded it
    downloaded_by      text        not null,
    size_bytes         bigint      not null check (size_bytes >= 0),
    sha256             text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    downloaded_at      timestamptz not null
);
create index export_download_request on export_download (request_id, downloaded_at);

-- The privacy officer's allow-list of receiving controllers. HTTPS only.
create table transfer_endpoint (
    id                  uuid        primary key,
    organisation_name   text        not null,
    organisation_number text        check (organisation_number ~ '^[0-9]{9}$'),
    url                 text        not null check (url like 'https://%'),
    active              boolean     not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

-- Every attempt to send an export to a receiver, delivered or not. The receiver's name and URL are
-- copied as they were at the time: the allow-list may change later, the record of where data went may not.
create table transfer (
    id                    uuid        primary key,
    request_id            uuid        not null references data_subject_request (id),
    endpoint_id           uuid        not null references transfer_endpoint (id),
    receiver_organisation text        not null,
    receiver_url          text        not null,
    export_format         text        not null check (export_format in ('JSON', 'CSV', 'GREEN_BUTTON')),
    file_name             text        not null,
    size_bytes            bigint      not null check (size_bytes >= 0),
    sha256                text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    requested_by_role     text        not null check (requested_by_role in ('DATA_SUBJECT', 'PRIVACY_OFFICER')),
    requested_by          text        not null,
    outcome               text        not null check (outcome in ('DELIVERED', 'FAILED')),
    -- the receiver's answer; null when it could not be reached
    http_status           integer,
    -- why it failed: the status answered, or the class of the exception; never a message
    failure               text,
    attempted_at          timestamptz not null,
    constraint transfer_outcome_explained check ((outcome = 'DELIVERED') = (failure is null))
);
create index transfer_request on transfer (request_id, attempted_at);
create index transfer_endpoint_used on transfer (endpoint_id);
