import { BOARD_MATCHES } from '@/lib/sites/matches';

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.gapmark = 'loaded';
  },
});
