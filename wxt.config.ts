import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import type { TaxonomySkill } from './lib/schemas/taxonomy';
import { packRelations } from './lib/skills/relations-table';
import { BOARD_MATCHES, BOARD_MATCHES_PLACEHOLDER, LOCAL_FIXTURE_MATCHES } from './lib/sites/matches';

// The skills engine's data (lib/skills/engine-data.ts) ships as one asset the extension fetches on first need,
// not as modules evaluated whenever the service worker or a popup starts: the build resolves that module to
// its extension twin and writes the assets from the committed data files (engine-data.json: the finder's
// index and the taxonomy's relations, for analyses; taxonomy.json, for the profile tools).
const ENGINE_DATA = resolve(import.meta.dirname, 'lib/skills/engine-data.ts');
const ENGINE_DATA_EXTENSION = resolve(import.meta.dirname, 'lib/skills/engine-data.extension.ts');
const dataFile = (name: string) =>
  readFileSync(resolve(import.meta.dirname, 'lib/skills/data', name), 'utf8');

// The demo build (mode "demo": `npm start` and the e2e tests) also runs on the local fixture server at
// 127.0.0.1; the production build does not.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Gapmark',
    description:
      'Marks on any job posting what you have, what you lack and what is only nice to have. Private: nothing leaves your machine.',
    // alarms: follow-up reminders; notifications only once the person first sets one (optional).
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    optional_permissions: ['notifications'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Gapmark' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gapmark@gapmark.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [
      {
        name: 'gapmark-engine-data',
        enforce: 'pre' as const,
        async resolveId(source: string, importer: string | undefined) {
          if (!/(^|\/)engine-data(\.ts)?$/.test(source)) return null;
          const resolved = await this.resolve(source, importer, { skipSelf: true });
          return resolved?.id === ENGINE_DATA ? ENGINE_DATA_EXTENSION : null;
        },
      },
    ],
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      const taxonomy = JSON.parse(dataFile('taxonomy.json')) as { skills: TaxonomySkill[] };
      files.push(
        {
          relativeDest: 'engine-data.json',
          contents: `{"skillIndex":${dataFile('skill-index.json').trim()},"relations":${JSON.stringify(packRelations(taxonomy.skills))}}`,
        },
        { relativeDest: 'taxonomy.json', contents: JSON.stringify(taxonomy) },
      );
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const boards =
        wxt.config.mode === 'demo' ? [...BOARD_MATCHES, ...LOCAL_FIXTURE_MATCHES] : BOARD_MATCHES;
      for (const script of manifest.content_scripts ?? []) {
        if (!script.matches?.includes(BOARD_MATCHES_PLACEHOLDER)) continue;
        script.matches = script.matches.flatMap((m) => (m === BOARD_MATCHES_PLACEHOLDER ? boards : [m]));
      }
      // entrypoints/wake.ts: wakes the service worker as a board's page starts loading (top frame only).
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: [...boards], js: ['wake.js'], run_at: 'document_start' },
      ];
    },
  },
});
