import { browser } from 'wxt/browser';
import type { SettingsRepository } from '@/lib/db/settings-repo';

/**
 * Asks for the optional `notifications` permission the first time the person sets a follow-up date, and never
 * again after they answered (the `notificationsAsked` setting). The browser only shows the prompt during a
 * click, so `ask` makes the request synchronously; what it needs to know is read beforehand by `prepare`.
 */
export function createNotificationAsker(settings: SettingsRepository) {
  let needed = false;
  const prepare = async () => {
    const [granted, asked] = await Promise.all([
      browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false),
      settings.get('notificationsAsked'),
    ]);
    needed = !granted && !asked;
  };
  void prepare();
  return {
    ask(): void {
      if (!needed) return;
      needed = false;
      void browser.permissions
        .request({ permissions: ['notifications'] })
        .catch(() => false)
        .finally(() => void settings.set('notificationsAsked', true));
    },
  };
}
