-- The processor register (GDPR Art. 28, R15) and the data maps the services announce (Art. 30):
-- together the sources of the generated records of processing.

-- A processor under a data processing agreement with LOS. Legal persons only: no contact persons.
create table processor (
    id                  uuid primary key,
    legal_name          text    not null check (length(trim(legal_name)) > 0),
    -- organisasjonsnummer in Enhetsregisteret; null for a processor registered abroad, or not yet entered
    organisation_number text    check (organisation_number ~ '^[0-9]{9}$'),
    processes           text    not null,
    systems             text    not null,
    agreement_reference text    not null,
    -- null only for the three processors seeded below, until the privacy officer enters the agreement
    agreement_date      date,
    -- ISO 3166-1 alpha-2: where the processor processes LOS' data; whether that is in the EEA follows from it
    processing_country  text    not null check (processing_country ~ '^[A-Z]{2}$'),
    status              text    not null check (status in ('ACTIVE', 'ENDED')),
    ended_on            date,
    -- the number of the latest revision in processor_revision
    revision            integer not null check (revision > 0),
    constraint processor_ended check ((status = 'ENDED') = (ended_on is not null))
);
-- One entry per processor: the same legal name twice, in whatever case, is the same company.
create unique index processor_legal_name_once on processor (lower(legal_name));

-- Every state a processor's entry has had: who changed it (the token subject), when, and what it became.
create table processor_revision (
    id                  uuid        primary key,
    processor_id        uuid        not null references processor (id),
    revision            integer     not null check (revision > 0),
    change              text        not null check (change in ('REGISTERED', 'REVISED', 'ENDED', 'RESUMED')),
    changed_by          text        not null,
    changed_at          timestamptz not null,
    legal_name          text        not null,
    organisation_number text,
    processes           text        not null,
    systems             text        not null,
    agreement_reference text        not null,
    agreement_date      date,
    processing_country  text        not null,
    status              text        not null,
    ended_on            date,
    constraint processor_revision_once unique (processor_id, revision)
);

-- The latest data map each service announced (no.los.rights.data-map-announced.v1). No personal data.
create table service_data_map (
    service      text        primary key,
    digest       text        not null check (digest ~ '^[0-9a-f]{64}$'),
    data_map     jsonb       not null,
    announced_at timestamptz not null
);

-- The three processors the privacy policy names. The policy says they operate and develop los.no,
-- the CRM and the visualisation app together, without saying who runs which; the agreements'
-- references and dates are not in the policy: the privacy officer replaces the placeholders.
-- The processing country is seeded as Norway (all three are Norwegian companies) until the
-- agreements confirm it.
insert into processor (id, legal_name, organisation_number, processes, systems, agreement_reference, agreement_date,
                       processing_country, status, ended_on, revision)
values
    ('6f1f3a52-3c1e-4c1a-9d4e-000000000001', 'Evry Norge AS', null,
     'Drifter og utvikler los.no, CRM og Visualiseringsapp for LOS, og behandler dermed kundenes personopplysninger i disse systemene. Personvernerklæringen nevner de tre databehandlerne samlet og sier ikke hvem som drifter hvilket system.',
     'los.no (med Min side), CRM og Visualiseringsapp (personvernerklæringen fordeler ikke systemene mellom databehandlerne)',
     'DPA-EVRY — erstatt med avtalens referanse', null, 'NO', 'ACTIVE', null, 1),
    ('6f1f3a52-3c1e-4c1a-9d4e-000000000002', 'Enoro AS', null,
     'Drifter og utvikler los.no, CRM og Visualiseringsapp for LOS, og behandler dermed kundenes personopplysninger i disse systemene. Personvernerklæringen nevner de tre databehandlerne samlet og sier ikke hvem som drifter hvilket system.',
     'los.no (med Min side), CRM og Visualiseringsapp (personvernerklæringen fordeler ikke systemene mellom databehandlerne)',
     'DPA-ENORO — erstatt med avtalens referanse', null, 'NO', 'ACTIVE', null, 1),
    ('6f1f3a52-3c1e-4c1a-9d4e-000000000003', 'Compello AS', null,
     'Drifter og utvikler los.no, CRM og Visualiseringsapp for LOS, og behandler dermed kundenes personopplysninger i disse systemene. Personvernerklæringen nevner de tre databehandlerne samlet og sier ikke hvem som drifter hvilket system.',
     'los.no (med Min side), CRM og Visualiseringsapp (personvernerklæringen fordeler ikke systemene mellom databehandlerne)',
     'DPA-COMPELLO — erstatt med avtalens referanse', null, 'NO', 'ACTIVE', null, 1);

insert into processor_revision (id, processor_id, revision, change, changed_by, changed_at, legal_name, organisation_number,
                                processes, systems, agreement_reference, agreement_date, processing_country, status,
                                ended_on)
select gen_random_uuid(), id, 1, 'REGISTERED', 'migration V4 (seeded from the privacy policy)', now(), legal_name, organisation_number,
       processes, systems, agreement_reference, agreement_date, processing_country, status, ended_on
from processor;
