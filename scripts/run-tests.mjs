// Runs the unit and browser tests, then prints one plain "N passed, N failed" line for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-output', { recursive: true });

function vitest(config, report) {
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    // A file that fails to load counts as a failure even when no test in it ran.
    const brokenFiles = result.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    return { passed: result.numPassedTests, failed: result.numFailedTests + brokenFiles, ok: run.status === 0 };
  } catch {
    return { passed: 0, failed: 1, ok: false };
  }
}

const suites = [vitest(undefined, 'test-output/unit.json')];
if (existsSync('vitest.e2e.config.ts')) suites.push(vitest('vitest.e2e.config.ts', 'test-output/e2e.json'));
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(suites.every((suite) => suite.ok) && failed === 0 && passed > 0 ? 0 : 1);
