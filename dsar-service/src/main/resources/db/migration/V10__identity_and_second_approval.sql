-- Identity and a second pair of eyes (issue "Data-subject rights II", item 5). A request made on Min
-- side is verified by the login. A request staff registered waits until staff record how the
-- person's identity was established, and an erasure or restriction staff registered also until a
-- privacy officer other than the registrant approves it; only then is it announced to the suite.
-- The deadline runs from receipt all the same.
alter table data_subject_request
    add column identity_check      text check (identity_check in ('LOGIN', 'MANUAL_CHECK')),
    add column identity_note       text check (identity_note is null or length(identity_note) between 1 and 500),
    add column identity_checked_at timestamptz,
    -- the token subject of the staff member who checked it; null for a login
    add column identity_checked_by text,
    -- the token subject of the privacy officer who approved a staff-registered erasure or restriction
    add column approved_by         text,
    add column approved_at         timestamptz,
    -- when the request-received event went to the outbox; null while the request waits
    add column announced_at        timestamptz,
    add constraint data_subject_request_identity
        check ((identity_check is null) = (identity_checked_at is null)),
    add constraint data_subject_request_approval check ((approved_by is null) = (approved_at is null));

-- Requests received before these checks existed were announced as they arrived.
update data_subject_request
set announced_at        = received_at,
    identity_check      = case submitted_by when 'DATA_SUBJECT' then 'LOGIN' else 'MANUAL_CHECK' end,
    identity_note       = case submitted_by when 'DATA_SUBJECT' then null
                          else 'Registrert før identitetskontroll ble innført (migrering V10)' end,
    identity_checked_at = received_at;
update data_subject_request
set approved_by = 'migration V10', approved_at = received_at
where submitted_by = 'STAFF_ON_BEHALF' and request_type in ('ERASURE', 'RESTRICTION');
