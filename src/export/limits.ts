/** What one spreadsheet sheet holds: Excel's 1,048,576 rows, less the header row. */
export const MAX_EXPORT_ROWS = 1_048_575;

/** An export that would hold more rows than its limit; thrown before the rows are fetched or written. */
export class ExportLimitError extends RangeError {
  override readonly name = 'ExportLimitError';
  readonly code = 'too-many-rows';

  constructor(
    /** Rows the export would hold (the adapter's `total`, or the rows received). */
    readonly rows: number,
    readonly limit: number,
  ) {
    super(`An export holds at most ${limit} rows; this one would hold ${rows}.`);
  }
}
