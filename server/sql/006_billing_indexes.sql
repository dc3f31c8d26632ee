-- Indexes for the payment conditions and the billing summary. Each is partial: only the rows
-- a condition can match (about one in eight of the generated million owes something, and the
-- closed ones are the only ones that can count as paid).

-- Overdue and "due in the next N days", newest billing month first (the default order): the
-- walk tests the due day in the index alone.
CREATE INDEX invoices_owed_month ON invoices (billing_month DESC, ord) INCLUDE (account_id, due_on) WHERE owed > 0;
-- Their counts and totals, read from the index alone over the due-day range.
CREATE INDEX invoices_owed_due ON invoices (due_on) INCLUDE (account_id, status, currency, signed_amount) WHERE owed > 0;
-- The summary's outstanding, overdue and due-soon figures: every open and disputed invoice,
-- what it owes and when it falls due.
CREATE INDEX invoices_outstanding ON invoices (currency) INCLUDE (account_id, due_on, owed) WHERE status IN ('open', 'disputed');
-- "Paid in the last N months": closed invoices by payment day, for the summary and the filter.
CREATE INDEX invoices_paid ON invoices (paid_on) INCLUDE (account_id, currency, signed_amount) WHERE status = 'closed';
