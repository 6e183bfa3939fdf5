import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The 1 MB posting of the e2e performance test: the Snapfix description repeated to 1 MB of HTML. */
export function oneMegabytePage(): string {
  const seed = readFileSync(
    resolve(import.meta.dirname, '../../tests/fixtures/pages/snapfix-senior-backend-engineer.html'),
    'utf8',
  );
  const open = '<div class="job-description">';
  const block = seed.slice(seed.indexOf(open), seed.indexOf('</div>', seed.indexOf(open)));
  const body = block.repeat(Math.ceil(1_000_000 / block.length));
  return seed.replace(/<div class="job-description">[\s\S]*?<\/div>/, `${open}${body}</div>`);
}
