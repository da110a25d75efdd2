/**
 * When Graph is configured, the records move from roaming settings to OneDrive once: the v1 log
 * (`relanceLedger`, read in full) and the compact records of the roaming fallback are written to
 * the app folder where no file exists yet, then removed from roaming settings. A record already in
 * OneDrive wins (another device moved it first); a roaming value this code cannot read is kept.
 * Until the move has succeeded, nothing else is read or written, so no record is seen twice.
 */
import { absentVersion, type FollowUpStore, isLedger, MailboxError, migrateLedger } from '../../core';
import type { CallQueue } from '../office/call-queue';
import { officeAsync } from '../office/office-async';
import type { RoamingSettingsLike } from '../office/office-host';
import { createRoamingFollowUpStore, followUpSettingName, legacySettingName } from './roaming-follow-up-store';

export function withRoamingMoved(drive: FollowUpStore, settings: RoamingSettingsLike, queue: CallQueue): FollowUpStore {
  let moved: Promise<void> | undefined;

  async function move(): Promise<void> {
    const raw: unknown = settings.get(legacySettingName);
    const legacy: unknown = typeof raw === 'string' ? safeParse(raw) : raw;
    const fromLegacy = isLedger(legacy) ? migrateLedger(legacy) : [];
    const compact = settings.get(followUpSettingName) === undefined ? { records: [], unreadable: [] } : await createRoamingFollowUpStore(settings, queue).list();
    const records = [...fromLegacy, ...compact.records.filter((listed) => !fromLegacy.some((each) => each.key === listed.key))];
    if (records.length === 0) return;
    for (const { key, record } of records) {
      if ((await drive.get(key)).version !== absentVersion) continue;
      try {
        await drive.write(key, record, absentVersion);
      } catch (error) {
        if (!(error instanceof MailboxError) || error.code !== 'conflict') throw error;
      }
    }
    if (isLedger(legacy)) settings.remove(legacySettingName);
    if (compact.unreadable.length === 0 && settings.get(followUpSettingName) !== undefined) settings.remove(followUpSettingName);
    await officeAsync<void>(queue, 'roamingSettings.saveAsync', (callback) => settings.saveAsync(callback));
  }

  const ready = () => {
    moved ??= move().catch((error: unknown) => {
      moved = undefined;
      throw error;
    });
    return moved;
  };

  return {
    list: async () => (await ready(), drive.list()),
    get: async (key) => (await ready(), drive.get(key)),
    write: async (key, record, version) => (await ready(), drive.write(key, record, version)),
    remove: async (key, version) => (await ready(), drive.remove(key, version)),
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
