import { msg, str } from '@lit/localize';
import { html, svg, type TemplateResult } from 'lit';
import type { MonthSpend } from '../../data/billing-types.js';
import { formatCount, formatMoney, formatMoneyCompact, formatMonth, formatMonthName } from '../../format/formatters.js';
import { chartGeometry, chartTicks, type ChartGeometry } from './chart-geometry.js';

export const CHART_HEIGHT = 168;

/** Rough width of a label at the chart's 11px font: CJK characters are about twice as wide as Latin ones. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 11 : 6.6;
  return width;
}

/**
 * Which months are labelled under the bars (every `labelEvery`-th, counted from the latest)
 * and which of those also show their year: the first labelled month and each one whose year
 * changed, except a first year that would touch the next.
 */
export function monthLabels(spend: readonly MonthSpend[], geometry: ChartGeometry): Array<{ index: number; year: string }> {
  const labels: Array<{ index: number; year: string }> = [];
  let lastYear = '';
  spend.forEach((month, index) => {
    if ((spend.length - 1 - index) % geometry.labelEvery !== 0) return;
    const year = month.month.slice(0, 4);
    labels.push({ index, year: year !== lastYear ? year : '' });
    lastYear = year;
  });
  const [first, second] = labels;
  const bars = geometry.bars;
  if (first?.year && second?.year && bars[second.index]!.centre - bars[first.index]!.centre < labelWidth('0000') + 6) first.year = '';
  return labels;
}

export interface SpendChartOptions {
  currency: string;
  spend: readonly MonthSpend[];
  /** Width of the plot area in CSS pixels, as measured. */
  width: number;
  locale: string;
  /** Whether the data table is shown on screen (it is always there for assistive technology). */
  tableShown: boolean;
  onToggleTable: () => void;
}

/**
 * A currency's spend per month as an SVG bar chart drawn here (no charting library), with the
 * same figures in a data table. The SVG is hidden from assistive technology, which reads the
 * table; the table is visually hidden until "Show table" is pressed. Colours come from the
 * theme tokens through the parts' styles.
 */
export function spendChart(options: SpendChartOptions): TemplateResult {
  const { currency, spend, width, locale } = options;
  const amounts = spend.map((m) => m.amount);
  const ticks = chartTicks(Math.min(0, ...amounts), Math.max(0, ...amounts));
  const tickLabels = new Map(ticks.map((value) => [value, formatMoneyCompact(value, currency, locale)]));
  const monthNames = spend.map((m) => formatMonthName(m.month, locale));
  const geometry = chartGeometry(spend, {
    width,
    height: CHART_HEIGHT,
    axisLabelWidth: Math.max(...[...tickLabels.values()].map(labelWidth), 0),
    monthLabelWidth: Math.max(...monthNames.map(labelWidth), 0),
  });
  const first = spend[0]?.month ?? '';
  const last = spend[spend.length - 1]?.month ?? '';
  const from = formatMonth(first, locale);
  const to = formatMonth(last, locale);
  const caption = msg(str`Spend per month, ${from} – ${to}`, { id: 'summary.chart.caption' });
  return html`<figure part="chart" class="chart">
    <figcaption part="chart-caption">${caption}</figcaption>
    <div part="chart-plot" class="chart-plot" data-currency=${currency}>
      <svg
        part="chart-svg"
        viewBox="0 0 ${geometry.width} ${geometry.height}"
        width=${geometry.width}
        height=${geometry.height}
        aria-hidden="true"
        focusable="false"
      >
        ${geometry.ticks.map(
          (tick) =>
            svg`<line part="chart-grid" class=${tick.value === 0 ? 'zero' : ''} x1=${geometry.plotLeft} x2=${geometry.width} y1=${tick.y} y2=${tick.y}></line>
            <text part="chart-axis-label" class="axis" x=${geometry.plotLeft - 6} y=${tick.y} text-anchor="end" dominant-baseline="middle">${tickLabels.get(tick.value)}</text>`,
        )}
        ${geometry.bars.map((bar, i) => {
          const month = spend[i] as MonthSpend;
          return svg`<rect part=${bar.negative ? 'chart-bar chart-bar-negative' : 'chart-bar'} x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx="2">
              <title>${formatMonth(month.month, locale)}: ${formatMoney(bar.amount, currency, locale)}</title>
            </rect>`;
        })}
        ${monthLabels(spend, geometry).map(
          ({ index, year }) =>
            svg`<text part="chart-month-label" class="month" x=${geometry.bars[index]!.centre} y=${geometry.plotBottom + 15} text-anchor="middle">${monthNames[index]}</text>
            ${year ? svg`<text part="chart-month-label" class="year" x=${geometry.bars[index]!.centre} y=${geometry.plotBottom + 29} text-anchor="middle">${year}</text>` : ''}`,
        )}
      </svg>
    </div>
    <button
      type="button"
      class="button ghost table-toggle"
      part="table-toggle"
      aria-pressed=${options.tableShown ? 'true' : 'false'}
      @click=${options.onToggleTable}
    >
      ${msg('Show table', { id: 'summary.chart.show-table' })}
    </button>
    <!-- Visually hidden in a box of its own: a table cannot be made narrower than its content. -->
    <div class=${options.tableShown ? 'chart-table-box' : 'chart-table-box visually-hidden'}>
      <table part="chart-table" class="chart-table">
        <caption>
          ${msg(str`Spend per month in ${currency}`, { id: 'summary.chart.table-caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Month', { id: 'summary.chart.month' })}</th>
            <th scope="col">${msg('Amount', { id: 'summary.chart.amount' })}</th>
            <th scope="col">${msg('Invoices', { id: 'summary.chart.invoices' })}</th>
          </tr>
        </thead>
        <tbody>
          ${spend.map(
            (month) =>
              html`<tr>
                <th scope="row">${formatMonth(month.month, locale)}</th>
                <td>${formatMoney(month.amount, currency, locale)}</td>
                <td>${formatCount(month.count, locale)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </figure>`;
}
