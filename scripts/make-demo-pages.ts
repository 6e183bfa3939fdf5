import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDemoPages } from './browser/demo-pages';

const dir = resolve(import.meta.dirname, '../tests/fixtures/pages');
mkdirSync(dir, { recursive: true });
for (const page of buildDemoPages()) writeFileSync(resolve(dir, page.file), page.html);
console.log(`Wrote ${buildDemoPages().length} demo pages to ${dir}`);
