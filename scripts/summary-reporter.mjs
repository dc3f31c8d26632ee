// A @web/test-runner reporter that closes a run with one plain line per browser:
//   Chromium: 605 passed, 0 failed
// so that runs in different browsers compare at a glance (and in CI logs without a terminal).

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

/** One line per browser: `Chromium: 605 passed, 0 failed`. */
export function summaryLines(sessions) {
  const byBrowser = new Map();
  for (const session of sessions) {
    // 'WebKit 2.50.6' → 'WebKit': one word before the colon.
    const name = session.browser.name.split(' ')[0];
    const totals = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
    count(session.testResults, totals);
    // A file that failed to load or run has errors and perhaps no test results at all.
    if (!session.passed && session.errors?.length) totals.brokenFiles++;
    byBrowser.set(name, totals);
  }
  return [...byBrowser].map(([name, { passed, failed, skipped, brokenFiles }]) => {
    const extra = [
      skipped ? `, ${skipped} skipped` : '',
      brokenFiles ? ` (${brokenFiles} test file${brokenFiles > 1 ? 's' : ''} failed to run)` : '',
    ];
    return `${name}: ${passed} passed, ${failed + brokenFiles} failed${extra.join('')}`;
  });
}

export function summaryReporter() {
  return {
    // The runner prints progress from every reporter and keeps the last print on screen: the
    // summary appears once every test file has finished in every browser.
    getTestProgress({ sessions }) {
      if (!sessions.length || sessions.some((session) => session.status !== 'FINISHED')) return [];
      return ['', ...summaryLines(sessions)];
    },
  };
}
