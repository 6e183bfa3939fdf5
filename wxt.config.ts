import { defineConfig } from 'wxt';
import { BOARD_MATCHES, BOARD_MATCHES_PLACEHOLDER, LOCAL_FIXTURE_MATCHES } from './lib/sites/matches';

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
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (!script.matches?.includes(BOARD_MATCHES_PLACEHOLDER)) continue;
        const boards = script.matches.flatMap((m) => (m === BOARD_MATCHES_PLACEHOLDER ? BOARD_MATCHES : [m]));
        script.matches = wxt.config.mode === 'demo' ? [...boards, ...LOCAL_FIXTURE_MATCHES] : boards;
      }
    },
  },
});
