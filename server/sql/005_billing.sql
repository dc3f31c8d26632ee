-- Billing: what is owed, by when, what was paid, what an invoice contains, and the tickets
-- customers raise. The payment fields become columns (until now they travelled in `extra`);
-- the loader writes the calendar days they are judged on, with the library's own date rules.

ALTER TABLE invoices
  ADD COLUMN paid_at text,
  -- What is still owed after partial payments and credit notes, when the data gives it.
  ADD COLUMN amount_due numeric,
  ADD COLUMN ticket_reference text,
  -- The due date and the day of payment as calendar days (NULL when missing or not a real
  -- date): "overdue", "due within N days" and "paid within N months" compare these.
  ADD COLUMN due_on date,
  ADD COLUMN paid_on date;

-- What a customer still owes on the invoice (amountStillDue in the library): open and disputed
-- invoices owe amount_due when given, else their amount; a credit note owes a negative amount;
-- closed and "Not applicable" invoices owe nothing.
ALTER TABLE invoices ADD COLUMN owed numeric GENERATED ALWAYS AS (
  CASE WHEN status IN ('open', 'disputed') THEN
    CASE WHEN kind = 'credit-note' THEN -abs(coalesce(amount_due, amount)) ELSE coalesce(amount_due, amount) END
  ELSE 0 END
) STORED;

-- Rows written before this migration carried these fields in `extra`: move them to the columns
-- (the loader validated them: a due date is a calendar date, a payment a date or an ISO
-- date-time whose first ten characters are its day).
UPDATE invoices SET
  paid_at = extra->>'paidAt',
  amount_due = CASE WHEN jsonb_typeof(extra->'amountDue') = 'number' THEN (extra->>'amountDue')::numeric END,
  ticket_reference = CASE WHEN jsonb_typeof(extra->'ticketReference') IN ('string', 'number') THEN extra->>'ticketReference' END,
  extra = nullif(extra - 'paidAt' - 'amountDue' - 'ticketReference', '{}'::jsonb)
WHERE extra ?| ARRAY['paidAt', 'amountDue', 'ticketReference'];
UPDATE invoices SET due_on = to_date(due_date, 'YYYY-MM-DD') WHERE due_date ~ '^\d{4}-\d{2}-\d{2}$';
UPDATE invoices SET paid_on = to_date(left(paid_at, 10), 'YYYY-MM-DD') WHERE paid_at ~ '^\d{4}-\d{2}-\d{2}';

-- Line items and tax breakdown of an invoice, when the data carries them: read one invoice at
-- a time by the detail route, so they stay out of the rows every list reads.
CREATE TABLE invoice_details (
  account_id bigint NOT NULL,
  invoice_ord bigint NOT NULL,
  line_items jsonb CHECK (line_items IS NULL OR jsonb_typeof(line_items) = 'array'),
  tax jsonb CHECK (tax IS NULL OR jsonb_typeof(tax) = 'object'),
  PRIMARY KEY (account_id, invoice_ord),
  FOREIGN KEY (account_id, invoice_ord) REFERENCES invoices (account_id, ord) ON DELETE CASCADE
);

INSERT INTO invoice_details (account_id, invoice_ord, line_items, tax)
SELECT account_id, ord,
  CASE WHEN jsonb_typeof(extra->'lineItems') = 'array' THEN extra->'lineItems' END,
  CASE WHEN jsonb_typeof(extra->'tax') = 'object' THEN extra->'tax' END
FROM invoices WHERE jsonb_typeof(extra->'lineItems') = 'array' OR jsonb_typeof(extra->'tax') = 'object';
UPDATE invoices SET extra = nullif(
  extra - CASE WHEN jsonb_typeof(extra->'lineItems') = 'array' THEN 'lineItems' ELSE '' END
        - CASE WHEN jsonb_typeof(extra->'tax') = 'object' THEN 'tax' ELSE '' END,
  '{}'::jsonb)
WHERE jsonb_typeof(extra->'lineItems') = 'array' OR jsonb_typeof(extra->'tax') = 'object';

-- Tickets customers raise about an invoice (wrong amount, missing credit, duplicate, other).
-- The reference is what the customer is shown and quotes; the subject is the token's subject.
CREATE TABLE tickets (
  ticket_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  account_id bigint NOT NULL REFERENCES accounts,
  invoice_ord bigint NOT NULL,
  invoice_number text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('wrong-amount', 'missing-credit', 'duplicate', 'other')),
  message text NOT NULL CHECK (length(message) <= 2000),
  subject text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (account_id, invoice_ord) REFERENCES invoices (account_id, ord) ON DELETE CASCADE
);
CREATE INDEX tickets_invoice ON tickets (account_id, invoice_ord);
