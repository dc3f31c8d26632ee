-- Payment rollups and indexes: what the billing summary and the payment conditions add up,
-- kept current by statement-level triggers like invoice_rollups (002, 004), so that neither
-- sums the hundred thousand invoices a million-row account owes on or was paid for in a year.

-- Open and disputed invoices per billing account, month, status, currency, kind and due day,
-- split by whether they owe something: the summary's outstanding, overdue and due-soon
-- figures, and the counts and sums of a list filtered on overdue or "due within N days".
-- An invoice without a due day is kept under 'infinity', which is never overdue or due soon.
CREATE TABLE invoice_dues (
  billing_account_id bigint NOT NULL,
  account_id bigint NOT NULL,
  billing_month text COLLATE "C" NOT NULL,
  status text COLLATE "C" NOT NULL,
  currency text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  due_on date NOT NULL,
  owes boolean NOT NULL,
  invoices bigint NOT NULL,
  signed_amount numeric NOT NULL,
  owed numeric NOT NULL,
  PRIMARY KEY (billing_account_id, billing_month, status, currency, kind, due_on, owes)
);

-- Closed invoices per account, currency and payment day: the summary's "paid in the last N months".
CREATE TABLE invoice_paid (
  account_id bigint NOT NULL,
  currency text COLLATE "C" NOT NULL,
  paid_on date NOT NULL,
  invoices bigint NOT NULL,
  signed_amount numeric NOT NULL,
  PRIMARY KEY (account_id, currency, paid_on)
);
CREATE INDEX invoice_paid_day ON invoice_paid (paid_on) INCLUDE (account_id, currency, invoices, signed_amount);

INSERT INTO invoice_dues (billing_account_id, account_id, billing_month, status, currency, kind, due_on, owes, invoices, signed_amount, owed)
SELECT billing_account_id, account_id, billing_month, status, currency, kind, coalesce(due_on, 'infinity'), owed > 0,
  count(*), sum(signed_amount), sum(owed)
FROM invoices WHERE status IN ('open', 'disputed') GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO invoice_paid (account_id, currency, paid_on, invoices, signed_amount)
SELECT account_id, currency, paid_on, count(*), sum(signed_amount)
FROM invoices WHERE status = 'closed' AND paid_on IS NOT NULL GROUP BY 1, 2, 3;

CREATE FUNCTION invoice_payments_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO invoice_dues AS r (billing_account_id, account_id, billing_month, status, currency, kind, due_on, owes, invoices, signed_amount, owed)
    SELECT billing_account_id, account_id, billing_month, status, currency, kind, coalesce(due_on, 'infinity'), owed > 0,
      -count(*), -sum(signed_amount), -sum(owed)
    FROM old_rows WHERE status IN ('open', 'disputed') GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (billing_account_id, billing_month, status, currency, kind, due_on, owes)
    DO UPDATE SET invoices = r.invoices + excluded.invoices, signed_amount = r.signed_amount + excluded.signed_amount,
      owed = r.owed + excluded.owed;
    INSERT INTO invoice_paid AS p (account_id, currency, paid_on, invoices, signed_amount)
    SELECT account_id, currency, paid_on, -count(*), -sum(signed_amount)
    FROM old_rows WHERE status = 'closed' AND paid_on IS NOT NULL GROUP BY 1, 2, 3
    ON CONFLICT (account_id, currency, paid_on)
    DO UPDATE SET invoices = p.invoices + excluded.invoices, signed_amount = p.signed_amount + excluded.signed_amount;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO invoice_dues AS r (billing_account_id, account_id, billing_month, status, currency, kind, due_on, owes, invoices, signed_amount, owed)
    SELECT billing_account_id, account_id, billing_month, status, currency, kind, coalesce(due_on, 'infinity'), owed > 0,
      count(*), sum(signed_amount), sum(owed)
    FROM new_rows WHERE status IN ('open', 'disputed') GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (billing_account_id, billing_month, status, currency, kind, due_on, owes)
    DO UPDATE SET invoices = r.invoices + excluded.invoices, signed_amount = r.signed_amount + excluded.signed_amount,
      owed = r.owed + excluded.owed;
    INSERT INTO invoice_paid AS p (account_id, currency, paid_on, invoices, signed_amount)
    SELECT account_id, currency, paid_on, count(*), sum(signed_amount)
    FROM new_rows WHERE status = 'closed' AND paid_on IS NOT NULL GROUP BY 1, 2, 3
    ON CONFLICT (account_id, currency, paid_on)
    DO UPDATE SET invoices = p.invoices + excluded.invoices, signed_amount = p.signed_amount + excluded.signed_amount;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM invoice_dues WHERE invoices = 0;
    DELETE FROM invoice_paid WHERE invoices = 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER invoice_payments_insert AFTER INSERT ON invoices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_payments_apply();
CREATE TRIGGER invoice_payments_update AFTER UPDATE ON invoices
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_payments_apply();
CREATE TRIGGER invoice_payments_delete AFTER DELETE ON invoices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_payments_apply();

-- A list filtered on overdue or "due within N days", newest billing month first (the default
-- order): the walk tests the due day in the index alone, over the rows that owe something
-- (about one in eight of the generated million).
CREATE INDEX invoices_owed_month ON invoices (billing_month DESC, ord) INCLUDE (account_id, due_on) WHERE owed > 0;
-- The same conditions with a search, an amount or a number: the rows that owe something by due day.
CREATE INDEX invoices_owed_due ON invoices (due_on) INCLUDE (account_id, status, currency, signed_amount) WHERE owed > 0;
-- "Paid in the last N months" in a list: its counts and sums from closed invoices by payment
-- day (status included so that they are read from the index alone), and its newest-first page
-- walking the closed invoices with their payment day (the newest month is mostly not paid yet).
CREATE INDEX invoices_paid ON invoices (paid_on) INCLUDE (account_id, status, currency, signed_amount) WHERE status = 'closed';
CREATE INDEX invoices_closed_month ON invoices (billing_month DESC, ord) INCLUDE (account_id, paid_on) WHERE status = 'closed';
