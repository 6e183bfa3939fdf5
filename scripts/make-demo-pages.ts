import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDemoPages, toExtensionDemoPage } from './browser/demo-pages';

const dir = resolve(import.meta.dirname, '../tests/fixtures/pages');
mkdirSync(dir, { recursive: true });
const pages = buildDemoPages();
for (const page of pages) writeFileSync(resolve(dir, page.file), page.html);
console.log(`Wrote ${pages.length} demo pages to ${dir}`);

// The welcome page's "Try it on a demo posting": the first seed posting, shipped in the extension.
const shipped = resolve(import.meta.dirname, '../entrypoints/demo-posting/index.html');
writeFileSync(shipped, toExtensionDemoPage(pages[0]!.html));
console.log(`Wrote the extension's demo posting to ${shipped}`);
