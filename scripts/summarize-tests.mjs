// Adds up the JSON reports of every tier into the one closing line CI reads: "N passed, N failed, N skipped".
// A tier that failed before writing its report (lint, build, a crash) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
let passed = 0, failed = 0, skipped = 0;

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
for (const file of ['test-results/e2e.json', 'test-results/electron.json']) {
  const report = read(file);
  if (!report) continue;
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
  skipped += report.stats.skipped;
}
const failedSteps = existsSync('test-results/failed-steps.txt') ? readFileSync('test-results/failed-steps.txt', 'utf8').trim().split('\n') : [];
const stepsWithoutReport = failedSteps.filter((s) => !/vitest|playwright/.test(s)).length;
failed += stepsWithoutReport;
if (!vitest) failed += 1;
console.log(`\nSummary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
