/**
 * How the grid's columns share the width it has: pure arithmetic on measured widths, so it
 * can be tested without a browser. `WidthController` measures and calls it.
 */

/** A shown column as the fit sees it. */
export interface FitColumn {
  id: string;
  /** Pinned to the start or the end (sticky while the rest scrolls), or not. */
  pin: 'start' | 'end' | false;
  /** Lower stays in the table longer when space runs out (1 first). */
  priority: number;
  /** Its text may be shortened (names): it gives width before the others wrap. */
  truncate: boolean;
  /** The narrowest it may be: its longest word (or longest value, when it may not wrap). */
  min: number;
  /** Its content on one line (capped for a column that may be shortened). */
  ideal: number;
  /** Its cells on one line with only the header wrapped (between `min` and `ideal`). */
  content: number;
  /** A width the user (or the column definition) set; still never below `min`. */
  fixed?: number;
  max: number;
}

export interface FitInput {
  columns: FitColumn[];
  /** Width the grid has (its scrollport); 0 while unknown. */
  available: number;
  /** The selection column (and the detail toggle, when some columns are in the detail). */
  selectWidth: number;
  /** Extra width of the selection column when rows have a detail toggle. */
  detailToggleWidth: number;
  /** Below this width the rows are cards. */
  cardsBelow: number;
  /** The narrowest useful scrolling area between the pinned columns. */
  minScroll: number;
  /** Rows can expand into a detail (paged mode); otherwise too little room means cards. */
  detailAllowed: boolean;
}

export interface FitResult {
  mode: 'table' | 'cards';
  /** Width of each column shown in the table, by id. */
  widths: Record<string, number>;
  /** Columns moved into each row's detail, in display order. */
  detail: string[];
  selectWidth: number;
  /** Sum of the widths (the selection column included); more than `available` means it scrolls. */
  total: number;
}

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

/** A column's starting width: what it was set to, else its content, within its bounds. */
function baseWidth(column: FitColumn): number {
  const wanted = column.fixed ?? column.ideal;
  return Math.max(column.min, Math.min(column.max, wanted));
}

/**
 * Shrinks `widths` of `columns` toward `floor` (at least their `min`) by `excess` px in
 * total, proportionally to how much each can give; returns what could not be taken.
 */
function shrink(
  widths: Record<string, number>,
  columns: FitColumn[],
  excess: number,
  floor: (column: FitColumn) => number = (column) => column.min,
): number {
  const slack = columns.map((c) => Math.max(0, (widths[c.id] as number) - Math.max(c.min, floor(c))));
  const available = sum(slack);
  if (available <= 0 || excess <= 0) return Math.max(0, excess);
  const take = Math.min(excess, available);
  let taken = 0;
  columns.forEach((column, i) => {
    const cut = Math.min(Math.floor((take * (slack[i] as number)) / available), slack[i] as number);
    widths[column.id] = (widths[column.id] as number) - cut;
    slack[i] = (slack[i] as number) - cut;
    taken += cut;
  });
  // What rounding left: a pixel at a time from the columns that still have some to give.
  for (let i = 0; taken < take; i = (i + 1) % columns.length) {
    if ((slack[i] as number) <= 0) continue;
    const column = columns[i] as FitColumn;
    widths[column.id] = (widths[column.id] as number) - 1;
    slack[i] = (slack[i] as number) - 1;
    taken++;
  }
  return excess - taken;
}

/** Spreads `extra` px over `columns` in proportion to their widths (whole pixels; the last takes the rest). */
function grow(widths: Record<string, number>, columns: FitColumn[], extra: number): void {
  if (extra <= 0 || columns.length === 0) return;
  const weights = columns.map((c) => widths[c.id] as number);
  const total = sum(weights) || 1;
  let given = 0;
  columns.forEach((column, i) => {
    const part = i === columns.length - 1 ? extra - given : Math.floor((extra * (weights[i] as number)) / total);
    widths[column.id] = (widths[column.id] as number) + part;
    given += part;
  });
}

/**
 * Fits the columns into the available width:
 *
 * 1. Under `cardsBelow`, or when the pinned columns alone do not fit, the rows are cards.
 * 2. Every column at its content width (or the width it was set to). If that fits, the free
 *    space is shared among the columns that have no set width, so no empty band is left.
 * 3. Too wide: columns give width down to their minimum: headers wrap first, then names
 *    shorten, then long values wrap between words.
 * 4. Still too wide: the pinned columns stay (as wide as the scrolling area allows) and the
 *    others scroll sideways, their values on one line under wrapped headers, if the scrolling
 *    area keeps `minScroll`.
 * 5. Otherwise the columns of lowest priority move into each row's detail (paged mode) until
 *    the rest fit; without a detail (virtual mode) the rows become cards.
 */
export function fitColumns(input: FitInput): FitResult {
  const { columns, available } = input;
  const widths: Record<string, number> = {};
  for (const column of columns) widths[column.id] = baseWidth(column);
  const result = (mode: FitResult['mode'], detail: string[] = [], selectWidth = input.selectWidth): FitResult => {
    const shown = mode === 'table' ? columns.filter((c) => !detail.includes(c.id)) : columns;
    const kept: Record<string, number> = {};
    for (const column of shown) kept[column.id] = widths[column.id] as number;
    return { mode, widths: kept, detail, selectWidth, total: selectWidth + sum(Object.values(kept)) };
  };
  if (available <= 0) return result('table');
  if (available < input.cardsBelow) return result('cards');

  const pinned = columns.filter((c) => c.pin);
  const middle = columns.filter((c) => !c.pin);
  const pinnedMin = input.selectWidth + sum(pinned.map((c) => c.min));
  if (pinnedMin > available) return result('cards');

  // 2. Content widths fit: share the rest.
  let total = input.selectWidth + sum(columns.map((c) => widths[c.id] as number));
  if (total <= available) {
    const flexible = columns.filter((c) => c.fixed === undefined);
    grow(widths, flexible.length ? flexible : columns, Math.floor(available - total));
    return result('table');
  }

  // 3. Shorten: wrap headers first, then shorten names, then wrap the cells between words.
  const free = columns.filter((c) => c.fixed === undefined);
  let excess = shrink(widths, free, total - available, (c) => c.content);
  if (excess > 0)
    excess = shrink(
      widths,
      free.filter((c) => c.truncate),
      excess,
    );
  if (excess > 0) excess = shrink(widths, free, excess);
  if (excess <= 0) return result('table');

  // 4. Scroll the middle with its values on one line under wrapped headers; the pinned columns
  //    as wide as the scrolling area allows.
  const oneLine = (c: FitColumn) => (c.fixed === undefined ? Math.max(c.min, Math.min(c.ideal, c.content)) : baseWidth(c));
  for (const column of middle) widths[column.id] = oneLine(column);
  for (const column of pinned) widths[column.id] = baseWidth(column);
  const widestMiddle = Math.max(0, ...middle.map((c) => c.min));
  const minScroll = Math.max(input.minScroll, Math.min(widestMiddle, available / 2));
  total = input.selectWidth + sum(pinned.map((c) => widths[c.id] as number));
  if (available - total < minScroll) {
    const over = shrink(widths, pinned, minScroll - (available - total), (c) => c.content);
    if (over > 0) shrink(widths, pinned, over);
  }
  const scrollArea = available - input.selectWidth - sum(pinned.map((c) => widths[c.id] as number));
  if (scrollArea >= minScroll || middle.length === 0) return result('table');
  if (!input.detailAllowed) return result('cards');

  // 5. Move the columns of lowest priority into the detail until the rest fit without scrolling.
  const selectWidth = input.selectWidth + input.detailToggleWidth;
  for (const column of pinned) widths[column.id] = column.min;
  const room = available - selectWidth - sum(pinned.map((c) => c.min));
  if (room < 0) return result('cards');
  const byPriority = [...middle].sort((a, b) => b.priority - a.priority);
  const detail = new Set<string>();
  let kept = middle.map((c) => c);
  while (kept.length && sum(kept.map((c) => c.min)) > room) {
    const next = byPriority.find((c) => !detail.has(c.id)) as FitColumn;
    detail.add(next.id);
    kept = kept.filter((c) => c.id !== next.id);
  }
  for (const column of kept) widths[column.id] = column.min;
  const shown = [...pinned, ...kept];
  grow(widths, shown, Math.floor(available - selectWidth - sum(shown.map((c) => widths[c.id] as number))));
  return result(
    'table',
    columns.filter((c) => detail.has(c.id)).map((c) => c.id),
    selectWidth,
  );
}
