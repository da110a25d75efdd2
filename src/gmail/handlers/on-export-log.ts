/**
 * "Export the log": the promise log as a CSV file attached to a draft to the user, which Gmail
 * opens (an add-on cannot download a file). The BOM makes spreadsheets read the accents right.
 */
import { promiseRows, toCsv } from '../../core';
import type { AddonEvent } from '../event/addon-event';
import { createContext } from '../handler-context';
import type { GmailHost } from '../host';
import { openDraft } from './respond';

export function onExportLog(host: GmailHost, event: AddonEvent): GoogleAppsScript.Card_Service.ComposeActionResponse {
  const ctx = createContext(host, event);
  const { s } = ctx.ui;
  const csv = toCsv(promiseRows(ctx.mailbox.listRecords(), ctx.today), ctx.language);
  const draft = ctx.mailbox.createFileDraft({
    to: ctx.settings.userEmail ?? '',
    subject: s.export.subject(ctx.today),
    body: s.export.body,
    file: { name: s.export.fileName(ctx.today), mimeType: 'text/csv', content: `\uFEFF${csv}` },
  });
  return openDraft(ctx, draft);
}
