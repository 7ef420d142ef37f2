-- The digest of the data map a service last announced to dsar-service, so that it announces again
-- only when a release changed its declarations. No personal data.
create table data_map_announcement (
    service      text primary key,
    digest       text not null,
    announced_at timestamptz not null
);
