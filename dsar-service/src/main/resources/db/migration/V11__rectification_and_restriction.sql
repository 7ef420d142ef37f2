-- Rectification and restriction are answered by every service like access and portability: each
-- answer names the categories it changed (rectification) or stopped (restriction), never values.
-- A lifted restriction is confirmed per service; the person is told before it is lifted.
alter table rights_part
    add column answered_categories text,
    add column lift_confirmed_at   timestamptz;

alter table request_step drop constraint request_step_step_check;
alter table request_step add constraint request_step_step_check check (step in ('RECEIVED', 'IDENTITY_CHECKED',
    'APPROVED', 'EXTENDED', 'COMPLETED', 'REFUSED', 'WITHDRAWN', 'LIFTING_NOTIFIED', 'LIFTED'));

alter table request_letter drop constraint request_letter_kind_check;
alter table request_letter add constraint request_letter_kind_check check (kind in ('PRELIMINARY_ANSWER', 'REFUSAL',
    'COMPLETION', 'LIFTING_NOTICE'));

-- Who was told of a rectification (Art. 19): each service of the suite that answered, and each
-- processor the rectified categories go to, with the categories and when; never the values.
create table recipient_notice (
    id          uuid        primary key,
    request_id  uuid        not null references data_subject_request (id),
    recipient   text        not null check (length(recipient) between 1 and 200),
    kind        text        not null check (kind in ('INTERNAL_SERVICE', 'PROCESSOR')),
    categories  text        not null,
    notified_at timestamptz not null,
    unique (request_id, recipient)
);
