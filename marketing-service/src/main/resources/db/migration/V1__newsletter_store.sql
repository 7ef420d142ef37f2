-- Marketing's own knowledge of the newsletter consent, learnt from consent-service's events.
create table newsletter_consent (
    customer_id    uuid primary key,
    notice_version text        not null,
    given_at       timestamptz not null
);

-- The separate e-mail store (R10): an address exists here only while the newsletter consent does.
create table newsletter_subscription (
    customer_id   uuid primary key references newsletter_consent (customer_id),
    email         text        not null,
    subscribed_at timestamptz not null
);
