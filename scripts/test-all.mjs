// `npm test`: every gate and every test, then one closing line "N passed, N failed" that CI reads.
// Gates (typecheck, lint, format, builds) count as one check each; unit and e2e count their test cases.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const timings = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

function gate(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.error(`✖ ${label} failed`);
  }
}

function suite(label, configArgs, file, env = {}) {
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile=${file}`],
    {
      GAPMARK_E2E_SKIP_BUILD: '0',
      ...env,
    },
  );
  if (!existsSync(file)) {
    failed += 1;
    console.error(`✖ ${label} wrote no report`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that failed to load (syntax error, global setup error) has no failed test but must still fail.
  if (!ok && report.numFailedTests === 0) {
    failed += 1;
    console.error(`✖ ${label} failed outside its tests`);
  }
  if (report.numTotalTests === 0) {
    failed += 1;
    console.error(`✖ ${label} ran no test`);
  }
}

gate('typecheck', 'npx', ['tsc', '--noEmit']);
gate('lint', 'npx', ['eslint', '.']);
gate('format', 'npx', ['prettier', '--check', '.']);
gate('build chrome', 'npx', ['wxt', 'build']);
gate('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
suite('unit tests', [], `${results}/unit.json`);
// One e2e suite, two browsers: the same files in Chromium, then in Firefox; both counts go in the closing line.
suite('e2e tests in Chromium', ['-c', 'vitest.e2e.config.ts'], `${results}/e2e-chromium.json`, {
  GAPMARK_BROWSER: 'chromium',
});
suite('e2e tests in Firefox', ['-c', 'vitest.e2e.config.ts'], `${results}/e2e-firefox.json`, {
  GAPMARK_BROWSER: 'firefox',
});

console.log(`\nTimings: ${timings.join(' · ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
