/** The homepage: the promise log (kept, pending, broken), the follow-ups due, and the log's storage. */
import { formatDate, formatMoney, type FollowUpRow, type LedgerCapacity, type PromiseRow, stepLabels } from '../../core';
import { capacityWarning } from './capacity-warning';
import { action, buttons, card, composeButton, html, kilobytes, paragraph, section, type Ui } from './ui';

export const homepageCardName = 'relance-home';

const statusColours = { kept: '#188038', pending: '#5f6368', broken: '#b3261e' } as const;

export function homepageCard(ui: Ui, input: { rows: PromiseRow[]; due: FollowUpRow[]; capacity: LedgerCapacity }): GoogleAppsScript.Card_Service.Card {
  const { s, language } = ui;
  const { rows, due, capacity } = input;
  const count = (status: PromiseRow['status']) => rows.filter((row) => row.status === status).length;
  const promises = section(ui, s.home.promises);
  if (rows.length === 0) promises.addWidget(paragraph(ui, html(s.home.noPromises)));
  else {
    promises.addWidget(paragraph(ui, `<b>${html(s.home.counts(count('kept'), count('pending'), count('broken')))}</b>`));
    for (const row of rows) {
      promises.addWidget(
        ui.cards
          .newDecoratedText()
          .setTopLabel(html(`${row.company} · ${row.invoiceNumbers.join(', ')}`))
          .setText(`${html(formatMoney(row.amount, language))} · ${html(formatDate(row.date, language))}`)
          .setBottomLabel(`<font color="${statusColours[row.status]}">${html(s.home.status[row.status])}</font>`)
          .setWrapText(true),
      );
    }
  }
  const followUps = section(ui, s.home.due);
  if (due.length === 0) followUps.addWidget(paragraph(ui, html(s.home.nothingDue)));
  for (const row of due) {
    followUps.addWidget(
      ui.cards
        .newDecoratedText()
        .setTopLabel(html(`${row.company} · ${row.invoiceNumber}`))
        .setText(html(stepLabels[row.step][language]))
        .setBottomLabel(html(row.reason))
        .setWrapText(true),
    );
  }
  const storage = section(ui, undefined, paragraph(ui, html(s.home.storage(kilobytes(capacity.usedBytes, language), kilobytes(capacity.limitBytes, language)))));
  const full = capacityWarning(ui, capacity);
  if (full) storage.addWidget(full);
  storage.addWidget(buttons(ui, composeButton(ui, s.buttons.export, action(ui, 'onExportLog'), 'standalone')));
  return card(ui, homepageCardName, s.home.title, undefined, [promises, followUps, storage]);
}
