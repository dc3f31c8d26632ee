import type { MonthSpend } from '../../data/billing-types.js';

/** One bar of the spend chart, in SVG user units (1 unit = 1 CSS pixel). */
export interface ChartBar {
  month: string;
  amount: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar's slot, where its month label goes. */
  centre: number;
  negative: boolean;
}

export interface ChartTick {
  value: number;
  y: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Left edge of the plot (the axis labels sit before it). */
  plotLeft: number;
  plotTop: number;
  plotBottom: number;
  /** Where zero is. */
  baseline: number;
  ticks: ChartTick[];
  bars: ChartBar[];
  /** Show every `labelEvery`-th month label, so labels never overlap on a narrow chart. */
  labelEvery: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Width in units of the widest axis label. */
  axisLabelWidth: number;
  /** Width in units a month label needs. */
  monthLabelWidth: number;
}

/** A step of 1, 2 or 5 × 10ⁿ that splits `span` into about `parts` intervals. */
export function niceStep(span: number, parts = 3): number {
  if (!(span > 0)) return 1;
  const raw = span / parts;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalized = raw / magnitude;
  const nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** The values of the axis ticks: multiples of a nice step from below the smallest to above the largest, zero included. */
export function chartTicks(min: number, max: number): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (low === 0 && high === 0) return [0];
  const step = niceStep(high - low);
  const ticks: number[] = [];
  for (let value = Math.floor(low / step) * step; value <= Math.ceil(high / step) * step + step / 2; value += step) {
    // Rounded so 0.1 + 0.2 steps do not print 0.30000000000000004.
    ticks.push(Number(value.toPrecision(12)));
  }
  return ticks;
}

/**
 * Lays out the bars of a spend chart: one slot per month, bars from the zero line up (or
 * down for a month of credit notes), ticks at nice values. Pure: the element renders it.
 */
export function chartGeometry(spend: readonly MonthSpend[], layout: ChartLayout): ChartGeometry {
  const { width, height } = layout;
  const plotLeft = Math.ceil(layout.axisLabelWidth) + 8;
  const plotTop = 8;
  const plotBottom = height - 36;
  const amounts = spend.map((m) => (Number.isFinite(m.amount) ? m.amount : 0));
  const ticks = chartTicks(Math.min(0, ...amounts), Math.max(0, ...amounts));
  const low = ticks[0] as number;
  const high = ticks[ticks.length - 1] as number;
  const range = high - low || 1;
  const y = (value: number) => plotTop + ((high - value) / range) * (plotBottom - plotTop);
  const baseline = y(0);
  const slot = spend.length ? (width - plotLeft) / spend.length : 0;
  const barWidth = Math.max(2, Math.min(48, slot * 0.62));
  const bars = spend.map((m, i) => {
    const amount = amounts[i] as number;
    const top = y(Math.max(0, amount));
    const bottom = y(Math.min(0, amount));
    const centre = plotLeft + slot * (i + 0.5);
    return {
      month: m.month,
      amount,
      count: m.count,
      x: centre - barWidth / 2,
      y: top,
      width: barWidth,
      // A month with spend keeps a visible sliver, even next to a much larger one.
      height: amount === 0 ? 0 : Math.max(1, bottom - top),
      centre,
      negative: amount < 0,
    };
  });
  const labelEvery = slot > 0 ? Math.max(1, Math.ceil((layout.monthLabelWidth + 8) / slot)) : 1;
  return {
    width,
    height,
    plotLeft,
    plotTop,
    plotBottom,
    baseline,
    ticks: ticks.map((value) => ({ value, y: y(value) })),
    bars,
    labelEvery,
  };
}
