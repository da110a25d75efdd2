/**
 * The homepage: the promises (kept, pending, broken), the follow-ups due, the log of every event
 * with its filters, and the log's storage. Gmail allows 100 widgets a section: the promises are
 * capped and the log is paged well under that.
 */
import {
  eventDetail,
  eventLabels,
  formatDate,
  formatMoney,
  type FollowUpRow,
  type LedgerCapacity,
  type LogFilter,
  logFilters,
  type LogPage,
  type PromiseRow,
  stepLabels,
} from '../../core';
import { capacityWarning } from './capacity-warning';
import { action, button, buttons, card, composeButton, html, kilobytes, paragraph, section, type Ui } from './ui';

type CardSection = GoogleAppsScript.Card_Service.CardSection;

export const homepageCardName = 'relance-home';

const statusColours = { kept: '#188038', pending: '#5f6368', broken: '#b3261e' } as const;

/** Rows a section shows at most: far under Gmail's 100 widgets, with room for the buttons around them. */
export const rowsPerSection = 40;

function logSection(ui: Ui, log: LogPage, filter: LogFilter): CardSection {
  const { s, language } = ui;
  const part = section(ui, s.home.log);
  part.addWidget(buttons(ui, ...logFilters.map((each) => button(ui, each === filter ? `✓ ${s.home.filters[each]}` : s.home.filters[each], action(ui, 'onShowLog', { filter: each, page: '0' })))));
  if (log.total === 0) part.addWidget(paragraph(ui, html(s.home.noEvents)));
  for (const row of log.rows) {
    const detail = eventDetail(row.event, language);
    part.addWidget(
      ui.cards
        .newDecoratedText()
        .setTopLabel(html(`${row.company} · ${row.invoiceNumber}`))
        .setText(`${html(eventLabels[row.event.kind][language])}${detail ? ` · ${html(detail)}` : ''}`)
        .setBottomLabel(html(formatDate(row.on, language)))
        .setWrapText(true),
    );
  }
  if (log.pages > 1) {
    part.addWidget(paragraph(ui, html(s.home.page(log.page + 1, log.pages, log.total))));
    const pager = [];
    if (log.page > 0) pager.push(button(ui, s.home.previous, action(ui, 'onShowLog', { filter, page: String(log.page - 1) })));
    if (log.page < log.pages - 1) pager.push(button(ui, s.home.next, action(ui, 'onShowLog', { filter, page: String(log.page + 1) })));
    part.addWidget(buttons(ui, ...pager));
  }
  return part;
}

export function homepageCard(
  ui: Ui,
  input: { rows: PromiseRow[]; due: FollowUpRow[]; capacity: LedgerCapacity; log: LogPage; filter: LogFilter; today?: CardSection[] },
): GoogleAppsScript.Card_Service.Card {
  const { s, language } = ui;
  const { due, capacity } = input;
  const rows = input.rows;
  const count = (status: PromiseRow['status']) => rows.filter((row) => row.status === status).length;
  const promises = section(ui, s.home.promises);
  if (rows.length === 0) promises.addWidget(paragraph(ui, html(s.home.noPromises)));
  else {
    promises.addWidget(paragraph(ui, `<b>${html(s.home.counts(count('kept'), count('pending'), count('broken')))}</b>`));
    for (const row of rows.slice(0, rowsPerSection)) {
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
  if (rows.length > rowsPerSection) promises.addWidget(paragraph(ui, html(s.home.morePromises(rows.length - rowsPerSection))));
  const followUps = section(ui, s.home.due);
  if (due.length === 0) followUps.addWidget(paragraph(ui, html(s.home.nothingDue)));
  for (const row of due.slice(0, rowsPerSection)) {
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
  // Today's sections (clients to chase, grouped) stand in for the list of follow-ups due when given.
  const dueSections = input.today ?? [followUps];
  return card(ui, homepageCardName, s.home.title, undefined, [...dueSections, promises, logSection(ui, input.log, input.filter), storage]);
}
