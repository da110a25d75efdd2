/**
 * Several panes over one mailbox's roaming settings, on the one fake Office host
 * (playground/fake-office/create-fake-office.ts, whose comments cite HOST-FACTS): each pane is a
 * host started over the same saved mailbox, so it reads the settings once when it starts, `set`
 * throws 9057 past 32 KB, and `saveAsync` writes its whole set: the last save wins. No Office
 * behaviour lives here, only the unit tests' handle: the saved set, the saves, injected failures.
 */
import { createFakeOffice } from '../../../playground/fake-office/create-fake-office';
import { MailboxStore } from '../../../playground/mailbox/mailbox-store';
import type { RoamingSettingsLike } from '../../../src/outlook/office/office-host';
import { memoryStorage, type OfficeErrorSpec, roamingSettingsLimitBytes } from './fake-office';

export const roamingLimitBytes = roamingSettingsLimitBytes;

const owner = { email: 'paul.martin@atelier-martin.fr', name: 'Paul Martin' };

export class FakeRoamingMailbox {
  readonly store: MailboxStore;
  saves = 0;

  constructor(initial: Record<string, unknown> = {}) {
    this.store = new MailboxStore(memoryStorage(), { today: '2026-03-23', owner, messages: [], masterCategories: [] });
    this.store.saveRoamingSettings(structuredClone(initial));
  }

  /** What roaming settings hold for another pane or device: only what was saved. */
  get saved(): Record<string, unknown> {
    return this.store.roamingSettings();
  }

  /** A pane starting now: a new host over this mailbox. */
  openPane(): FakeRoamingPane {
    const failures = new Map<string, OfficeErrorSpec[]>();
    const office = createFakeOffice({
      store: this.store,
      host: { mailboxVersion: '1.13', nestedAppAuth: false, displayLanguage: 'fr-FR', latencyMs: 0, permission: 'ReadWriteItem' },
      setTimeout: (handler, ms) => setTimeout(handler, ms),
      failure: (operation) => failures.get(operation)?.shift(),
      onCall: (call) => {
        if (call.operation === 'roamingSettings.saveAsync' && call.ok) this.saves += 1;
      },
    });
    const queue = (operation: string, errors: OfficeErrorSpec[]) => failures.set(operation, [...(failures.get(operation) ?? []), ...errors]);
    const settings = office.context.roamingSettings;
    const pane: FakeRoamingPane = {
      get: (name) => settings.get(name),
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      saveAsync: (callback) => settings.saveAsync(callback),
      failNextSave(...errors) {
        queue('roamingSettings.saveAsync', errors);
        return pane;
      },
      failNextSet(...errors) {
        queue('roamingSettings.set', errors);
        return pane;
      },
    };
    return pane;
  }
}

export type FakeRoamingPane = RoamingSettingsLike & {
  /** The next saves fail with these Office errors (a network drop, a server error). */
  failNextSave(...errors: OfficeErrorSpec[]): FakeRoamingPane;
  /** The next `set` calls throw these errors. */
  failNextSet(...errors: OfficeErrorSpec[]): FakeRoamingPane;
};
