import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

// Issue 8, least privilege: the built manifests load no remote code (content security policy, extension pages)
// and expose nothing to web pages; Mozilla's linter (`web-ext lint`, a devDependency) finds no error in the
// Firefox build. Run alone, this builds what is missing.
const root = resolve(import.meta.dirname, '../../..');
const builds = {
  chrome: { dir: '.output/chrome-mv3', args: ['wxt', 'build'] },
  firefox: { dir: '.output/firefox-mv3', args: ['wxt', 'build', '-b', 'firefox', '--mv3'] },
} as const;
type Browser = keyof typeof builds;

interface Manifest {
  content_security_policy?: unknown;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  sandbox?: unknown;
  update_url?: string;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
}
const manifests = {} as Record<Browser, Manifest>;

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

beforeAll(() => {
  for (const browser of Object.keys(builds) as Browser[]) {
    const file = resolve(root, builds[browser].dir, 'manifest.json');
    if (!existsSync(file)) execFileSync('npx', builds[browser].args, { cwd: root, stdio: 'ignore' });
    manifests[browser] = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  }
}, 120_000);

/** Every CSP string in a manifest, whichever shape (MV3 object, or an MV2-style string). */
function policies(csp: unknown): string[] {
  if (csp === undefined) return [];
  if (typeof csp === 'string') return [csp];
  if (typeof csp === 'object' && csp !== null)
    return Object.values(csp).filter((v): v is string => typeof v === 'string');
  throw new Error(`unexpected content_security_policy ${JSON.stringify(csp)}`);
}

/** The HTML pages of a build (popup, dashboard) with every script and stylesheet they load. */
function pageResources(dir: string): { page: string; src: string }[] {
  const out: { page: string; src: string }[] = [];
  const pages = readdirSync(resolve(root, dir)).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(resolve(root, dir, page), 'utf8');
    for (const m of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)) {
      out.push({ page, src: m[1]! });
    }
  }
  return out;
}

describe.each(Object.keys(builds) as Browser[])('the %s build', (browser) => {
  const manifest = () => manifests[browser];

  it('keeps a content security policy with no remote sources and no eval', () => {
    // Absent means the browser's MV3 default ("script-src 'self'; object-src 'self'"), which is what we want.
    for (const policy of policies(manifest().content_security_policy)) {
      expect(policy).not.toMatch(/https?:|\*|data:|blob:|unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
      for (const source of scriptSrc) expect(source).toBe("'self'");
    }
  });

  it('exposes no resource to web pages, no messaging from sites, no sandbox, no remote update', () => {
    expect(manifest().web_accessible_resources ?? []).toEqual([]);
    expect(manifest().externally_connectable).toBeUndefined();
    expect(manifest().sandbox).toBeUndefined();
    expect(manifest().update_url).toBeUndefined();
  });

  it('loads only its own files in its pages', () => {
    const resources = pageResources(builds[browser].dir);
    expect(resources.length).toBeGreaterThan(0); // the popup's own script at least
    for (const { page, src } of resources) {
      expect(src, `${page} loads ${src}`).toMatch(/^\/?[\w./-]+$/);
      expect(existsSync(resolve(root, builds[browser].dir, src.replace(/^\//, ''))), src).toBe(true);
    }
    const popup = manifest().action?.default_popup;
    expect(popup && existsSync(resolve(root, builds[browser].dir, popup))).toBe(true);
  });
});

describe('web-ext lint on the Firefox build', () => {
  let report: LintReport;
  beforeAll(async () => {
    // web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
    const run = promisify(execFile);
    const args = ['web-ext', 'lint', '--source-dir', builds.firefox.dir, '--output', 'json', '--self-hosted'];
    let stdout: string;
    try {
      ({ stdout } = await run('npx', args, { cwd: root, maxBuffer: 32 * 1024 * 1024 }));
    } catch (error) {
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (!stdout.includes('"summary"')) throw error;
    }
    report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
    const lines = report.warnings.map((w) => `  ${w.code} (${w.file ?? 'manifest'}): ${w.message}`);
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices\n${lines.join('\n')}`,
    );
  }, 120_000);

  it('reports no errors', () => {
    expect(report.summary.errors).toBe(0);
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  });

  it('finds no remote script or remote code policy among the warnings', () => {
    expect(report.warnings.length).toBe(report.summary.warnings);
    const remote = report.warnings.filter((w) =>
      /REMOTE|CSP|CONTENT_SECURITY_POLICY|external/i.test(`${w.code} ${w.message}`),
    );
    expect(remote).toEqual([]);
  });
});
