-- Until V4 only marketing-service acted on objection-registered, and only for direct marketing: the
-- other services read los.consent.events already and are past the announcements of objections to
-- surveys, peer comparison and other legitimate interest that were upheld before. Announce each of
-- those once more, through the outbox, so that every service keeps it (upheld_objection) and stops
-- what it does in its scope. Direct-marketing objections are not repeated: marketing-service carried
-- them out when they were upheld, and nothing else does direct marketing.
insert into outbox_event (id, topic, record_key, type, occurred_at, payload)
select gen_random_uuid(), 'los.consent.events', o.customer_id::text, 'no.los.consent.objection-registered.v1', now(),
       jsonb_build_object('customerId', o.customer_id, 'objectionId', o.id, 'scope', o.scope,
                          'channel', o.channel, 'effectiveAt', o.effective_at, 'requestId', o.request_id)
from objection o
where o.status = 'UPHELD' and o.scope <> 'DIRECT_MARKETING'
order by o.effective_at, o.id;
