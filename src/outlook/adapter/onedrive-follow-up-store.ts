/**
 * Follow-up records as small JSON files, one per invoice, in the user's OneDrive app folder
 * (`/me/drive/special/approot`, permission `Files.ReadWrite.AppFolder`), the store when Graph is
 * configured: it follows the user across devices, has no practical size limit, and gives each
 * file an eTag, the record's version. A write sends `If-Match` with the eTag read and Graph
 * answers 412 when the file changed since; a new file is created with conflictBehavior=fail, so
 * two devices creating the same record get 409 for the second (HOST-FACTS, Outlook: OneDrive's
 * app folder). The user can see, edit or delete these files: a deleted file is an invoice no
 * longer followed, an edited file that no longer reads is reported and never written over.
 */
import {
  absentVersion,
  type FollowUpListing,
  type FollowUpStore,
  isFollowUpKey,
  MailboxError,
  readRecordFile,
  recordFile,
  type StoredFollowUp,
} from '../../core';
import type { DriveClient, DriveResponse } from './graph-drive-client';

export const appFolder = '/me/drive/special/approot';
export const recordsFolderName = 'relance';
const folderPath = `${appFolder}:/${recordsFolderName}`;
const itemPath = (key: string) => `${folderPath}/${key}.json`;
/** Files read at once when listing: Graph throttles bursts, and the pane needs only a few at a time. */
const listConcurrency = 4;

type DriveItem = { name?: string; eTag?: string };

function eTagOf(response: DriveResponse): string {
  const eTag = (response.json as DriveItem | undefined)?.eTag;
  if (typeof eTag !== 'string') throw new MailboxError('host-error', 'graph answered without an eTag');
  return eTag;
}

function checkKey(key: string): void {
  if (!isFollowUpKey(key)) throw new MailboxError('host-error', `not a follow-up key: ${key}`);
}

export function createOneDriveFollowUpStore(drive: DriveClient): FollowUpStore {
  /** The item's eTag first, then its content: content at least as new as the eTag, so a write from it is refused if anything changed since. */
  async function read(key: string, knownETag?: string): Promise<StoredFollowUp | { unreadable: 'unknown-format' | 'unreadable'; eTag: string }> {
    let eTag = knownETag;
    if (eTag === undefined) {
      const item = await drive.request('GET', `${itemPath(key)}?$select=name,eTag`);
      if (item.status === 404) return { version: absentVersion };
      eTag = eTagOf(item);
    }
    const content = await drive.request('GET', `${itemPath(key)}:/content`);
    if (content.status === 404) return { version: absentVersion };
    const decoded = readRecordFile(content.text);
    if (!('record' in decoded)) return { unreadable: decoded.problem, eTag };
    return { record: decoded.record, version: eTag };
  }

  async function createFolder(): Promise<void> {
    const created = await drive.request('POST', `${appFolder}/children`, {
      body: JSON.stringify({ name: recordsFolderName, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' }),
      headers: { 'Content-Type': 'application/json' },
    });
    // 409: another pane created it first, which is as good.
    if (created.status >= 300 && created.status !== 409) throw new MailboxError('host-error', `graph ${created.status} creating the records folder`);
  }

  return {
    async list() {
      const listing: FollowUpListing = { records: [], unreadable: [] };
      const items: { key: string; eTag: string }[] = [];
      let next: string | undefined = `${folderPath}:/children?$select=name,eTag&$top=200`;
      while (next) {
        const page: DriveResponse = await drive.request('GET', next);
        if (page.status === 404) return listing;
        const body = page.json as { value?: DriveItem[]; '@odata.nextLink'?: string } | undefined;
        for (const item of body?.value ?? []) {
          if (typeof item.name !== 'string' || !item.name.endsWith('.json') || typeof item.eTag !== 'string') continue;
          const key = item.name.slice(0, -'.json'.length);
          if (isFollowUpKey(key)) items.push({ key, eTag: item.eTag });
          else listing.unreadable.push({ key: item.name, reason: 'unreadable' });
        }
        next = body?.['@odata.nextLink'];
      }
      let cursor = 0;
      const worker = async () => {
        while (cursor < items.length) {
          const { key, eTag } = items[cursor++]!;
          const stored = await read(key, eTag);
          if ('unreadable' in stored) listing.unreadable.push({ key, reason: stored.unreadable });
          else if (stored.record) listing.records.push({ key, record: stored.record, version: stored.version });
        }
      };
      await Promise.all(Array.from({ length: Math.min(listConcurrency, items.length) }, worker));
      listing.records.sort((a, b) => a.key.localeCompare(b.key));
      return listing;
    },

    async get(key) {
      checkKey(key);
      const stored = await read(key);
      if ('unreadable' in stored) throw new MailboxError('unreadable-record', `${key}: ${stored.unreadable}`);
      return stored;
    },

    async write(key, record, expected) {
      checkKey(key);
      const body = recordFile(key, record);
      const create = expected === absentVersion;
      const put = () =>
        drive.request('PUT', `${itemPath(key)}:/content${create ? '?@microsoft.graph.conflictBehavior=fail' : ''}`, {
          body,
          headers: { 'Content-Type': 'application/json', ...(create ? {} : { 'If-Match': expected }) },
        });
      let response = await put();
      if (response.status === 404 && create) {
        await createFolder();
        response = await put();
      }
      if (response.status === 412 || response.status === 409) throw new MailboxError('conflict', `record ${key}: graph ${response.status}`);
      // The file was deleted (by the user, or another device archiving it) since it was read.
      if (response.status === 404) throw new MailboxError('conflict', `record ${key} is gone`);
      return { version: eTagOf(response), storage: { usedBytes: body.length, limitBytes: Number.POSITIVE_INFINITY } };
    },

    async remove(key, expected) {
      checkKey(key);
      if (expected === absentVersion) return;
      const response = await drive.request('DELETE', itemPath(key), { headers: { 'If-Match': expected } });
      if (response.status === 412) throw new MailboxError('conflict', `record ${key}: graph 412`);
      // 404: already gone, which is what was asked.
    },
  };
}
