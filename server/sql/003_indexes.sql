-- Indexes for the queries the elements make. Sorted ties keep arrival order (ord ascending)
-- in both directions, so each sortable column has one index per direction: a backward scan of
-- (x, ord) would give ties in reverse.

-- Newest billing month first: the first open and every page after it. account_id is included
-- so a deep page (offset 12,475) skips its rows in the index alone (index-only scan).
CREATE INDEX invoices_month_desc ON invoices (billing_month DESC, ord) INCLUDE (account_id);
CREATE INDEX invoices_month_asc ON invoices (billing_month, ord) INCLUDE (account_id);
-- The same for a small account among many: its own rows first, then the order.
CREATE INDEX invoices_account_month ON invoices (account_id, billing_month DESC, ord);

CREATE INDEX invoices_amount_asc ON invoices (amount, ord) INCLUDE (account_id);
CREATE INDEX invoices_amount_desc ON invoices (amount DESC, ord) INCLUDE (account_id);
CREATE INDEX invoices_number_asc ON invoices ((invoice_number COLLATE invoice_text), ord);
CREATE INDEX invoices_number_desc ON invoices ((invoice_number COLLATE invoice_text) DESC, ord);
CREATE INDEX invoices_customer_asc ON invoices ((customer_name COLLATE invoice_text), ord);
CREATE INDEX invoices_customer_desc ON invoices ((customer_name COLLATE invoice_text) DESC, ord);
CREATE INDEX invoices_ocn_asc ON invoices ((ocn COLLATE invoice_text), ord);
CREATE INDEX invoices_ocn_desc ON invoices ((ocn COLLATE invoice_text) DESC, ord);
CREATE INDEX invoices_bcn_asc ON invoices ((bcn COLLATE invoice_text), ord);
CREATE INDEX invoices_bcn_desc ON invoices ((bcn COLLATE invoice_text) DESC, ord);
CREATE INDEX invoices_entity_asc ON invoices ((nullif(billing_entity_name, '') COLLATE invoice_text), ord);
CREATE INDEX invoices_entity_desc ON invoices ((nullif(billing_entity_name, '') COLLATE invoice_text) DESC, ord);
CREATE INDEX invoices_status_asc ON invoices (status, ord);
CREATE INDEX invoices_status_desc ON invoices (status DESC, ord);

-- Substring search and the number filter (LIKE '%…%') on invoice numbers; the other searched
-- texts are the billing accounts' (few rows; the trigram index serves tenants with many).
CREATE INDEX invoices_number_search ON invoices USING gin (number_fold gin_trgm_ops);
CREATE INDEX billing_accounts_search ON billing_accounts USING gin (search_key gin_trgm_ops);
-- Invoices of the billing accounts a search or filter matched.
CREATE INDEX invoices_billing_account ON invoices (billing_account_id, billing_month DESC, ord);

-- Lineage: the original, its reissues and credit notes share a base number.
CREATE INDEX invoices_lineage ON invoices (lineage_base);

-- Documents of an invoice, in order.
CREATE INDEX documents_invoice ON documents (invoice_ord, position);
