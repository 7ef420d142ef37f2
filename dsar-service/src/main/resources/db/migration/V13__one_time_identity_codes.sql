-- One-time codes that establish who made a request staff registered (Art. 12(6)): sent by
-- customer-service to the e-mail address or phone it holds, given back by the person to staff.
-- Only a salted HMAC of the code is kept, with the masked address it went to, when it expires, and
-- how many wrong codes were tried. The request's clock runs meanwhile.
alter table data_subject_request drop constraint data_subject_request_identity_check_check;
alter table data_subject_request add constraint data_subject_request_identity_check_check
    check (identity_check in ('LOGIN', 'MANUAL_CHECK', 'ONE_TIME_CODE'));

create table identity_code (
    id          uuid primary key,
    request_id  uuid        not null references data_subject_request (id),
    channel     text        not null check (channel in ('EMAIL', 'SMS')),
    sent_to     text        not null,
    salt        bytea       not null,
    code_hash   bytea       not null,
    sent_at     timestamptz not null,
    expires_at  timestamptz not null,
    sent_by     text        not null,
    attempts    int         not null default 0 check (attempts >= 0),
    used_at     timestamptz
);
create index identity_code_request on identity_code (request_id, sent_at);
