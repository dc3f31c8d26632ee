// The export side of `npm run bench`: 100,000 invoices exported (adapter → file) with the page's
// CPU throttled 4× through the DevTools protocol (Emulation.setCPUThrottlingRate), in three
// setups side by side:
//   worker   the library's export Worker (the default since the Worker landed)
//   page     the same writers on the page in 8 ms time slices (the fallback; the export before)
//   sheetjs  SheetJS (@e965/xlsx) XLSX.write in the same Worker setup, the same cells
// For each: time, file size, main-thread long tasks (PerformanceObserver "longtask", > 50 ms)
// and the input delay of clicks made through the protocol every CLICK_EVERY_MS while it runs.
// Chromium's CPU throttle slows the page's main thread (where long tasks and input delay
// live); a Worker thread is not slowed by it.

const CLICK_EVERY_MS = 250;
/** Time between opening the export panel and clicking "Export" (choosing the format and scope). */
const PANEL_OPEN_MS = 500;
export const EXPORT_CASES = [
  ['page', 'xlsx'],
  ['worker', 'xlsx'],
  ['sheetjs', 'xlsx'],
  ['page', 'csv'],
  ['worker', 'csv'],
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One export in a fresh context: throttled after the data is generated, clicked while it runs. */
async function measureOne(browser, base, openPage, { mode, format, rows, throttle }) {
  const { context, page, cdp, errors } = await openPage(browser, base, 'export');
  try {
    await page.waitForFunction(() => window.benchExport !== undefined, null, { timeout: 30_000 });
    await page.evaluate((n) => window.benchExport.generate(n), rows);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    // The export panel opens (its modules and Worker get ready), the user chooses, then clicks.
    await page.evaluate((m) => window.benchExport.openPanel(m), mode);
    await new Promise((resolve) => setTimeout(resolve, PANEL_OPEN_MS));
    const box = await page.locator('#click-target').boundingBox();
    await page.evaluate(([f, m]) => window.benchExport.start(f, m), [format, mode]);
    let result;
    for (;;) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      result = await page.evaluate(() => window.benchExport.done());
      if (result) break;
      await new Promise((resolve) => setTimeout(resolve, CLICK_EVERY_MS));
    }
    if (result.error) throw new Error(result.error);
    return result;
  } catch (error) {
    return { error: `${String(error?.message ?? error).split('\n')[0]}${errors.length ? ` (page: ${errors[0]})` : ''}` };
  } finally {
    await context.close();
  }
}

/** Every case `reps` times (the order rotating): median (min–max) per case. */
export async function runExportBench(browser, base, openPage, { rows, reps, throttle = 4, log, failures, cases = EXPORT_CASES }) {
  const runs = new Map(cases.map(([mode, format]) => [`${mode}-${format}`, []]));
  for (let rep = 0; rep < reps; rep++) {
    const order = cases.map((_, i) => cases[(i + rep) % cases.length]);
    for (const [mode, format] of order) {
      const r = await measureOne(browser, base, openPage, { mode, format, rows, throttle });
      const key = `${mode}-${format}`;
      if (r.error) {
        failures.push({ grid: `export-${key}`, n: rows, rep, error: r.error });
        log(`export ${key} ${rows} rows (CPU ${throttle}×): FAILED ${r.error}`);
        continue;
      }
      const clicks = r.clickDelaysMs;
      log(
        `export ${key} ${rows} rows (CPU ${throttle}×): ${r.ms.toFixed(0)} ms, ${r.longTasks} long tasks (longest ${r.longestTaskMs.toFixed(0)} ms), ` +
          `${clicks.length} clicks, input delay max ${Math.max(0, ...clicks).toFixed(0)} ms, ${r.bytes} bytes; ` +
          `long tasks at ${JSON.stringify(r.longTaskSpans)}, phases ${JSON.stringify(r.phases)}`,
      );
      runs.get(key).push(r);
    }
  }
  const out = {};
  for (const [key, list] of runs) {
    if (!list.length) continue;
    const stat = (values) => ({
      median: Math.round(median(values)),
      min: Math.round(Math.min(...values)),
      max: Math.round(Math.max(...values)),
    });
    const [mode, format] = key.split('-');
    out[key] = {
      mode,
      format,
      rows,
      cpuThrottling: throttle,
      reps: list.length,
      ms: stat(list.map((r) => r.ms)),
      longTasks: stat(list.map((r) => r.longTasks)),
      longestTaskMs: stat(list.map((r) => r.longestTaskMs)),
      clicks: list.reduce((n, r) => n + r.clickDelaysMs.length, 0),
      inputDelayMaxMs: stat(list.map((r) => Math.max(0, ...r.clickDelaysMs))),
      inputDelayMedianMs: Math.round(
        median(list.flatMap((r) => r.clickDelaysMs).concat(list.every((r) => !r.clickDelaysMs.length) ? [0] : [])),
      ),
      bytes: list[0].bytes,
    };
  }
  return out;
}

const LABEL = { page: 'on the page (8 ms slices, before)', worker: 'export Worker (after)', sheetjs: 'SheetJS in the same Worker setup' };

/** The markdown table of {@link runExportBench}'s result. */
export function exportTable(result) {
  const first = Object.values(result)[0];
  if (!first) return '';
  const lines = [
    `**Export of ${first.rows.toLocaleString('en')} invoices, page CPU throttled ${first.cpuThrottling}×** (adapter → file; median (min–max) of ${first.reps})`,
    '',
    '| format | writer | time (ms) | size | main-thread tasks > 50 ms | longest task (ms) | click input delay, max (ms) | median (ms) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const e of Object.values(result)) {
    lines.push(
      `| ${e.format} | ${LABEL[e.mode]} | ${e.ms.median} (${e.ms.min}–${e.ms.max}) | ${(e.bytes / 2 ** 20).toFixed(2)} MB | ` +
        `${e.longTasks.median} (${e.longTasks.min}–${e.longTasks.max}) | ${e.longestTaskMs.median} | ${e.inputDelayMaxMs.median} (${e.inputDelayMaxMs.min}–${e.inputDelayMaxMs.max}) | ${e.inputDelayMedianMs} |`,
    );
  }
  return [...lines, ''].join('\n');
}
