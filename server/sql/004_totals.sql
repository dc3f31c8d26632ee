-- The rollups without the month: a few hundred rows that answer the counts and totals of every
-- query with no month range (first open, the tabs, currency/status/kind/customer filters).
-- invoice_rollups keeps the months for the month filters.

CREATE TABLE invoice_totals (
  billing_account_id bigint NOT NULL,
  account_id bigint NOT NULL,
  status text COLLATE "C" NOT NULL,
  currency text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  invoices bigint NOT NULL,
  signed_amount numeric NOT NULL,
  PRIMARY KEY (billing_account_id, status, currency, kind)
);

INSERT INTO invoice_totals (billing_account_id, account_id, status, currency, kind, invoices, signed_amount)
SELECT billing_account_id, account_id, status, currency, kind, sum(invoices), sum(signed_amount)
FROM invoice_rollups GROUP BY billing_account_id, account_id, status, currency, kind;

-- A month range reads only its months.
CREATE INDEX invoice_rollups_month ON invoice_rollups (billing_month);

CREATE OR REPLACE FUNCTION invoice_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO invoice_rollups AS r (billing_account_id, account_id, billing_month, status, currency, kind, invoices, signed_amount)
    SELECT billing_account_id, account_id, billing_month, status, currency, kind, -count(*), -sum(signed_amount)
    FROM old_rows GROUP BY billing_account_id, account_id, billing_month, status, currency, kind
    ON CONFLICT (billing_account_id, billing_month, status, currency, kind)
    DO UPDATE SET invoices = r.invoices + excluded.invoices, signed_amount = r.signed_amount + excluded.signed_amount;
    INSERT INTO invoice_totals AS t (billing_account_id, account_id, status, currency, kind, invoices, signed_amount)
    SELECT billing_account_id, account_id, status, currency, kind, -count(*), -sum(signed_amount)
    FROM old_rows GROUP BY billing_account_id, account_id, status, currency, kind
    ON CONFLICT (billing_account_id, status, currency, kind)
    DO UPDATE SET invoices = t.invoices + excluded.invoices, signed_amount = t.signed_amount + excluded.signed_amount;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO invoice_rollups AS r (billing_account_id, account_id, billing_month, status, currency, kind, invoices, signed_amount)
    SELECT billing_account_id, account_id, billing_month, status, currency, kind, count(*), sum(signed_amount)
    FROM new_rows GROUP BY billing_account_id, account_id, billing_month, status, currency, kind
    ON CONFLICT (billing_account_id, billing_month, status, currency, kind)
    DO UPDATE SET invoices = r.invoices + excluded.invoices, signed_amount = r.signed_amount + excluded.signed_amount;
    INSERT INTO invoice_totals AS t (billing_account_id, account_id, status, currency, kind, invoices, signed_amount)
    SELECT billing_account_id, account_id, status, currency, kind, count(*), sum(signed_amount)
    FROM new_rows GROUP BY billing_account_id, account_id, status, currency, kind
    ON CONFLICT (billing_account_id, status, currency, kind)
    DO UPDATE SET invoices = t.invoices + excluded.invoices, signed_amount = t.signed_amount + excluded.signed_amount;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM invoice_rollups WHERE invoices = 0;
    DELETE FROM invoice_totals WHERE invoices = 0;
  END IF;
  RETURN NULL;
END
$$;
