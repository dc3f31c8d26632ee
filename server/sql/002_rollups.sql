-- Counts and sums per account, month, status, currency and lineage kind, kept current by
-- statement-level triggers. The tab counts, the total and the per-currency totals of an
-- unsearched query (first open, tabs, month/currency/status/kind filters) add up these few
-- thousand rows instead of counting a million invoices.

CREATE TABLE invoice_rollups (
  account_id bigint NOT NULL,
  billing_month text COLLATE "C" NOT NULL,
  status text COLLATE "C" NOT NULL,
  currency text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  invoices bigint NOT NULL,
  signed_amount numeric NOT NULL,
  PRIMARY KEY (account_id, billing_month, status, currency, kind)
);

CREATE FUNCTION invoice_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO invoice_rollups AS r (account_id, billing_month, status, currency, kind, invoices, signed_amount)
    SELECT account_id, billing_month, status, currency, kind, -count(*), -sum(signed_amount)
    FROM old_rows GROUP BY account_id, billing_month, status, currency, kind
    ON CONFLICT (account_id, billing_month, status, currency, kind)
    DO UPDATE SET invoices = r.invoices + excluded.invoices, signed_amount = r.signed_amount + excluded.signed_amount;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO invoice_rollups AS r (account_id, billing_month, status, currency, kind, invoices, signed_amount)
    SELECT account_id, billing_month, status, currency, kind, count(*), sum(signed_amount)
    FROM new_rows GROUP BY account_id, billing_month, status, currency, kind
    ON CONFLICT (account_id, billing_month, status, currency, kind)
    DO UPDATE SET invoices = r.invoices + excluded.invoices, signed_amount = r.signed_amount + excluded.signed_amount;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM invoice_rollups WHERE invoices = 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER invoice_rollups_insert AFTER INSERT ON invoices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_rollups_apply();
CREATE TRIGGER invoice_rollups_update AFTER UPDATE ON invoices
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_rollups_apply();
CREATE TRIGGER invoice_rollups_delete AFTER DELETE ON invoices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_rollups_apply();
