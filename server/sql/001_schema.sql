-- Invoices, their documents and the customer accounts that own them.
--
-- Every table carries account_id: it is the tenant key every query is scoped by, and the
-- distribution column if the data is ever sharded by account (see "Serving the data").
-- Derived columns (lineage, folded text) are computed once, when a row is written, by the
-- loader (server/rows.mjs) with the library's own functions, so that reads never fold text.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- How the grid orders text: Unicode collation, numbers by value ("INV-9" before "INV-10"),
-- case and accents ignored. Non-deterministic, so equal texts tie and the tie-break decides.
-- Intl.Collator(locale, { numeric: true, sensitivity: 'base' }) in the in-memory adapter.
CREATE COLLATION invoice_text (provider = icu, locale = 'und-u-kn-true-ks-level1', deterministic = false);

CREATE TABLE accounts (
  account_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The customer number (OCN) a signed token names to grant access.
  ocn text NOT NULL UNIQUE CHECK (ocn <> ''),
  name text NOT NULL
);

-- A billing account as invoices name it: customer, OCN, BCN and billing entity. These four
-- repeat on every invoice of the account, so search and the text filters test them here,
-- once per billing account, and invoices match by billing_account_id.
CREATE TABLE billing_accounts (
  billing_account_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts,
  customer_name text NOT NULL CHECK (customer_name <> ''),
  ocn text NOT NULL CHECK (ocn <> ''),
  bcn text NOT NULL CHECK (bcn <> ''),
  billing_entity_name text,
  -- Text folded for matching (NFKC, lower case, one space per run).
  customer_fold text NOT NULL,
  ocn_fold text NOT NULL,
  bcn_fold text NOT NULL,
  entity_fold text NOT NULL,
  -- The four folds joined by line breaks, which a folded search never holds.
  search_key text NOT NULL,
  UNIQUE NULLS NOT DISTINCT (customer_name, ocn, bcn, billing_entity_name)
);

CREATE TABLE invoices (
  -- Arrival order: "the data's order", which sorted ties keep. Assigned by the loader.
  ord bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts,
  billing_account_id bigint NOT NULL REFERENCES billing_accounts,
  id text NOT NULL UNIQUE CHECK (id <> ''),
  invoice_number text NOT NULL CHECK (invoice_number <> ''),
  billing_month text COLLATE "C" NOT NULL CHECK (billing_month ~ '^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$'),
  amount numeric NOT NULL,
  currency text COLLATE "C" NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- The billing account's names as billed, kept on the invoice for sorting and display.
  customer_name text NOT NULL,
  ocn text NOT NULL,
  bcn text NOT NULL,
  billing_entity_name text,
  status text COLLATE "C" NOT NULL CHECK (status IN ('open', 'disputed', 'closed', 'na')),
  legal_entity text,
  due_date text,
  issued_at text,
  -- Further properties of the invoice, passed through to the elements untouched.
  extra jsonb,

  -- Lineage from the invoice number: 2202008003470-2 is reissue 2 of 2202008003470, …CN a credit note.
  lineage_base text NOT NULL,
  kind text COLLATE "C" NOT NULL CHECK (kind IN ('invoice', 'reissue', 'credit-note')),
  reissue integer NOT NULL DEFAULT 0 CHECK (reissue >= 0),
  -- What the invoice adds to the totals: credit notes count negative.
  signed_amount numeric GENERATED ALWAYS AS (CASE WHEN kind = 'credit-note' THEN -abs(amount) ELSE amount END) STORED,
  -- The invoice number folded for matching, like the billing account's texts.
  number_fold text NOT NULL,

  UNIQUE (account_id, ord)
);

CREATE TABLE documents (
  id text PRIMARY KEY CHECK (id <> ''),
  account_id bigint NOT NULL,
  invoice_ord bigint NOT NULL,
  -- Order within the invoice's documents.
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('invoice', 'cdr', 'universal-number-list', 'report', 'credit-note')),
  name text NOT NULL,
  file_name text NOT NULL,
  mime_type text NOT NULL,
  size bigint CHECK (size >= 0),
  url text,
  available_until text,
  availability text CHECK (availability IN ('available', 'preparing', 'removed')),
  invoice_number text,
  extra jsonb,
  -- A document belongs to an invoice of the same account.
  FOREIGN KEY (account_id, invoice_ord) REFERENCES invoices (account_id, ord) ON DELETE CASCADE
);

-- When each account's payment statuses were last refreshed (a daily job writes it); a page
-- reports the oldest of its accounts as "Payment status as of …".
CREATE TABLE status_refreshes (
  account_id bigint PRIMARY KEY REFERENCES accounts,
  refreshed_at timestamptz NOT NULL
);
