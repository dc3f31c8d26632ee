-- Counts and sums per billing account, month, status, currency and lineage kind, kept current by
-- statement-level triggers. The tab counts, the total and the per-currency totals of a query
-- that constrains only these columns (first open, tabs, month/currency/status/kind filters,
-- customer/OCN/BCN/entity filters and the part of a search that matches them) add up these
-- few thousand rows instead of counting a million invoices.

CREATE TABLE invoice_rollups (
  billing_account_id bigint NOT NULL,
  account_id bigint NOT NULL,
  billing_month text COLLATE "C" NOT NULL,
  status text COLLATE "C" NOT NULL,
  currency text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  invoices bigint NOT NULL,
  signed_amount numeric NOT NULL,
  PRIMARY KEY (billing_account_id, billing_month, status, currency, kind)
);

CREATE FUNCTION invoice_rollups_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO invoice_rollups AS r (billing_account_id, account_id, billing_month, status, currency, kind, invoices, signed_amount)
    SELECT billing_account_id, account_id, billing_month, status, currency, kind, -count(*), -sum(signed_amount)
    FROM old_rows GROUP BY billing_account_id, account_id, billing_month, status, currency, kind
    ON CONFLICT (billing_account_id, billing_month, status, currency, kind)
    DO UPDATE SET invoices = r.invoices + excluded.invoices, signed_amount = r.signed_amount + excluded.signed_amount;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO invoice_rollups AS r (billing_account_id, account_id, billing_month, status, currency, kind, invoices, signed_amount)
    SELECT billing_account_id, account_id, billing_month, status, currency, kind, count(*), sum(signed_amount)
    FROM new_rows GROUP BY billing_account_id, account_id, billing_month, status, currency, kind
    ON CONFLICT (billing_account_id, billing_month, status, currency, kind)
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
