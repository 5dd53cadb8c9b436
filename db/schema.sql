-- The content bundle: one SQLite file, opened read-only by the kiosk, never modified in place.
-- Table and column names follow Open Referral HSDS 3.0 where HSDS has the concept; the flow tables,
-- strings and assets are the kiosk's own. Bump schema_version in meta when this file changes shape.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);   -- bundle_id, version, created, schema_version, languages, kiosk_*, valid_until

CREATE TABLE source (
  id        TEXT PRIMARY KEY,
  title     TEXT NOT NULL,
  publisher TEXT NOT NULL DEFAULT '',
  url       TEXT NOT NULL DEFAULT '',   -- a public address, or a file of the project's seeds
  date      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ui_language (
  code     TEXT PRIMARY KEY,            -- BCP 47: fr, en, ar, prs, ps, ti, zh-Hans ...
  endonym  TEXT NOT NULL,               -- the language's own name in its own script
  rtl      INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL
);

CREATE TABLE strings (
  key    TEXT NOT NULL,
  lang   TEXT NOT NULL,
  text   TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'reviewed', 'stale')), -- stale: translates an older
  PRIMARY KEY (key, lang)                 -- French text, or marked fuzzy; shown as a missing string
) WITHOUT ROWID;

-- Each language's gettext rule, "nplurals=N; plural=EXPR;" as its PO header writes it: which form
-- a count takes. The builder checked it parses and names a form the language has for 0 to 1000.
CREATE TABLE plural_rule (lang TEXT PRIMARY KEY, plural_forms TEXT NOT NULL) WITHOUT ROWID;

-- The forms of a plural string (msgid_plural in the PO file), one row per form in the order of its
-- language's rule; its strings row holds form 0. French: msgid then msgid_plural.
CREATE TABLE plural_form (
  key  TEXT NOT NULL,
  lang TEXT NOT NULL,
  form INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (key, lang, form)
) WITHOUT ROWID;

-- Acronyms and legal words a visitor may not know (OFII, préfecture, B1 ...). Their strings are
-- glossary.<id>.term (as each language writes it), .forms (other forms, " | " between them) and
-- .text (the one-line explanation); forms here are Latin-script forms found in every language.
CREATE TABLE glossary (
  id        TEXT PRIMARY KEY,
  forms     TEXT NOT NULL DEFAULT '',   -- "OFII | Ofii": " | " between forms
  source_id TEXT NOT NULL REFERENCES source(id),
  position  INTEGER NOT NULL
);

CREATE TABLE asset (name TEXT PRIMARY KEY, mime TEXT NOT NULL, data BLOB NOT NULL);

CREATE TABLE taxonomy_term (id TEXT PRIMARY KEY, position INTEGER NOT NULL);   -- name: category.<id>.name

CREATE TABLE organization (id TEXT PRIMARY KEY, name TEXT NOT NULL);

CREATE TABLE service (
  id              TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organization(id),
  name            TEXT NOT NULL,        -- proper names are never translated
  description_key TEXT NOT NULL,        -- what it does, in strings
  audience_key    TEXT NOT NULL,        -- who it is for, in strings
  free            INTEGER,              -- 1 free, 0 not free, NULL unknown
  appointment     TEXT NOT NULL CHECK (appointment IN ('required', 'none', 'unknown')),
  record_date     TEXT NOT NULL,        -- date of the facts, shown to visitors
  source_id       TEXT REFERENCES source(id),
  valid_from  TEXT NOT NULL DEFAULT '',   -- "YYYY-MM-DD", Paris days, both ends included; '' open
  valid_until TEXT NOT NULL DEFAULT '',
  review_by   TEXT NOT NULL DEFAULT ''    -- for authors: lint and the staff panel say when it is due
);

-- Directory records the builder left out, and why: coordinates that contradict the record's own
-- commune code and postcode (no source: the records themselves show it), or a correction of
-- db/content/corrections.yaml that hides the record, with its source.
CREATE TABLE withheld_record (
  id        TEXT PRIMARY KEY,
  reason    TEXT NOT NULL,
  source_id TEXT REFERENCES source(id)
);

-- The languages a service is known to work in (BCP 47 codes), only where a source says so.
CREATE TABLE service_language (
  service_id TEXT NOT NULL REFERENCES service(id),
  language   TEXT NOT NULL,
  source_id  TEXT REFERENCES source(id),
  PRIMARY KEY (service_id, language)
) WITHOUT ROWID;

-- Who a service is known to welcome, for the "for whom" filter: asylum-seekers, undocumented,
-- women, under-25, families. A service open to all has every group; one with no row is unknown.
CREATE TABLE service_audience (
  service_id TEXT NOT NULL REFERENCES service(id),
  audience   TEXT NOT NULL,
  source_id  TEXT REFERENCES source(id),
  PRIMARY KEY (service_id, audience)
) WITHOUT ROWID;

CREATE TABLE service_taxonomy (
  service_id       TEXT NOT NULL REFERENCES service(id),
  taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_term(id),
  PRIMARY KEY (service_id, taxonomy_term_id)
) WITHOUT ROWID;
CREATE INDEX service_taxonomy_term ON service_taxonomy(taxonomy_term_id);

CREATE TABLE location (
  id          TEXT PRIMARY KEY,
  address_1   TEXT NOT NULL,
  postal_code TEXT NOT NULL DEFAULT '',
  city        TEXT NOT NULL DEFAULT '',
  latitude    REAL NOT NULL,
  longitude   REAL NOT NULL,
  postal_only INTEGER NOT NULL DEFAULT 0, -- 1: address_1 is a mail address (BP, CS, Cedex), not a door
  source_id   TEXT REFERENCES source(id)
);

CREATE TABLE service_at_location (
  service_id  TEXT NOT NULL REFERENCES service(id),
  location_id TEXT NOT NULL REFERENCES location(id),
  PRIMARY KEY (service_id, location_id)
) WITHOUT ROWID;
CREATE INDEX service_at_location_place ON service_at_location(location_id);

CREATE TABLE phone (
  service_id TEXT NOT NULL REFERENCES service(id),
  number     TEXT NOT NULL,
  position   INTEGER NOT NULL,
  source_id  TEXT REFERENCES source(id),
  PRIMARY KEY (service_id, position)
) WITHOUT ROWID;

-- A service's own web address, where a visitor's phone can reach it: https:// or http://, then
-- no space or control character (is_web_address in kiosk/core/web_address.cpp says the same).
CREATE TABLE website (
  service_id TEXT PRIMARY KEY REFERENCES service(id),
  url        TEXT NOT NULL CHECK ((url GLOB 'https://?*' OR url GLOB 'http://?*')
                                  AND url NOT GLOB ('*[' || char(1) || '-' || char(32) || char(127) || ']*')),
  source_id  TEXT REFERENCES source(id)
) WITHOUT ROWID;

CREATE TABLE schedule (                  -- HSDS schedule, with the rule in OpenStreetMap opening_hours syntax
  service_id    TEXT PRIMARY KEY REFERENCES service(id),
  opening_hours TEXT NOT NULL,
  source_id     TEXT REFERENCES source(id)
);

CREATE TABLE hotline (
  number    TEXT PRIMARY KEY,           -- as dialled: digits and spaces
  price     TEXT CHECK (price IN ('free', 'normal')), -- normal: an ordinary call's price; NULL unknown
  strip     INTEGER,                    -- place on the emergency strip, NULL when not on it
  languages TEXT NOT NULL DEFAULT '',   -- comma-separated codes, empty when the source does not say
  source_id TEXT REFERENCES source(id),
  pictogram TEXT NOT NULL DEFAULT '',   -- an asset name; lint wants one on every line
  valid_from  TEXT NOT NULL DEFAULT '',   -- "YYYY-MM-DD", Paris days, both ends included; '' open
  valid_until TEXT NOT NULL DEFAULT '',
  review_by   TEXT NOT NULL DEFAULT ''    -- for authors: lint and the staff panel say when it is due
);

CREATE TABLE topic (
  key       TEXT PRIMARY KEY,
  position  INTEGER NOT NULL,
  pictogram TEXT NOT NULL,
  flow_id   TEXT NOT NULL
);

CREATE TABLE flow (id TEXT PRIMARY KEY, start_node TEXT NOT NULL);

CREATE TABLE node (
  id       TEXT PRIMARY KEY,             -- <flow>.<node>
  flow_id  TEXT NOT NULL REFERENCES flow(id),
  kind     TEXT NOT NULL CHECK (kind IN ('question', 'info', 'result')),
  var      TEXT NOT NULL DEFAULT '',     -- a question's answer name in conditions
  position INTEGER NOT NULL,
  valid_from  TEXT NOT NULL DEFAULT '',   -- "YYYY-MM-DD", Paris days, both ends included; '' open
  valid_until TEXT NOT NULL DEFAULT '',
  review_by   TEXT NOT NULL DEFAULT ''    -- for authors: lint and the staff panel say when it is due
);

CREATE TABLE choice (
  node_id   TEXT NOT NULL REFERENCES node(id),
  position  INTEGER NOT NULL,            -- 1-based; the tap id is choice.<node>.<position>
  value     TEXT NOT NULL,
  pictogram TEXT NOT NULL DEFAULT '',
  valid_from  TEXT NOT NULL DEFAULT '',   -- "YYYY-MM-DD", Paris days, both ends included; '' open
  valid_until TEXT NOT NULL DEFAULT '',
  review_by   TEXT NOT NULL DEFAULT '',   -- for authors: lint and the staff panel say when it is due
  PRIMARY KEY (node_id, position)
) WITHOUT ROWID;

CREATE TABLE transition (
  node_id   TEXT NOT NULL REFERENCES node(id),
  position  INTEGER NOT NULL,
  condition TEXT NOT NULL DEFAULT '',    -- empty: always
  target    TEXT NOT NULL,               -- a node id; lint reports dangling ones
  PRIMARY KEY (node_id, position)
) WITHOUT ROWID;

CREATE TABLE node_service  (node_id TEXT NOT NULL, service_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (node_id, position)) WITHOUT ROWID;
CREATE TABLE node_category (node_id TEXT NOT NULL, taxonomy_term_id TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (node_id, position)) WITHOUT ROWID;
CREATE TABLE node_hotline  (node_id TEXT NOT NULL, number TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (node_id, position)) WITHOUT ROWID;
CREATE TABLE node_source   (node_id TEXT NOT NULL, source_id TEXT NOT NULL, PRIMARY KEY (node_id, source_id)) WITHOUT ROWID;

-- Search by words in every language: a service's name, what it does, who it is for, its categories
-- and its town, per language. Case and accents do not matter (unicode61, remove_diacritics 2; the
-- kiosk folds what is typed with the same tokenizer). Contentless: a row's rowid is the language's
-- position * 2^32 + the service's rank in search_place, so that
--  - one language's rows are one rowid range that FTS5 seeks to, instead of stepping over the
--    other languages' rows of every word they share (names and towns are in all ten);
--  - FTS5 answers nearest first, and the kiosk stops reading once no later match can be nearer.
-- Queries are single words, each a prefix, ranked by distance rather than bm25, so detail=none
-- and no column sizes are all the index needs.
-- FTS5 answers a prefix query by reading every matching word's whole list, in every language,
-- before the first row (over 20 ms for "paris" at 50,000 services): prefixes of 1 to 3 characters
-- have their own index, and a longer one is first turned into the words it starts (search_term).
CREATE VIRTUAL TABLE service_search USING fts5(text, content = '',
  tokenize = 'unicode61 remove_diacritics 2', detail = none, columnsize = 0, prefix = '1 2 3');

-- Every word of service_search, folded as the index folds it: a typed prefix of 4 characters or
-- more is looked up here and searched as the whole words it starts.
CREATE TABLE search_term (term TEXT PRIMARY KEY) WITHOUT ROWID;

-- Every service once, nearest the bundle's kiosk location first (by the chord through the Earth,
-- which orders as the great circle does), then those without a usable address by rowid. The
-- point is the service's first location, copied here so that a match costs one lookup. A kiosk
-- configured elsewhere still stops early: a later match is at least its distance from the
-- bundle's kiosk location minus the distance between the two positions.
CREATE TABLE search_place (
  rank          INTEGER PRIMARY KEY,   -- from 0, the low 32 bits of the service's search rowids
  service_rowid INTEGER NOT NULL,
  latitude      REAL,                  -- NULL: no usable address
  longitude     REAL
);

-- Where services are, for "nearest first" without reading every location: one point box per
-- location row (its rowid), in degrees.
CREATE VIRTUAL TABLE location_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);

-- Recorded clips that read a string aloud in a language espeak-ng has no voice for (Pashto,
-- Tigrinya): 16-bit mono WAVE, one sample rate within a language. words: when each word starts,
-- as "ms:begin-end" codepoint ranges of the string, separated by spaces; empty when the clip is
-- not timed, and then the whole string is highlighted while it plays.
CREATE TABLE voice_clip (
  lang      TEXT NOT NULL,
  key       TEXT NOT NULL,                         -- the string it reads
  sound     BLOB NOT NULL,
  words     TEXT NOT NULL DEFAULT '',
  source_id TEXT NOT NULL REFERENCES source(id),   -- who recorded it, when, under which licence
  status    TEXT NOT NULL,                         -- draft or reviewed, as for translations
  PRIMARY KEY (lang, key)
) WITHOUT ROWID;
