/**
 * The homepage's Today sections: each client to chase with its step, its invoices and the total
 * demanded, one button drafting that client's reminder; then the broken promises, the replies to
 * confirm and what cannot be planned. Gmail allows 100 widgets a section: clients are paged, and
 * each list is capped with "… and n more".
 */
import { describeError, formatDate, formatMoney, type IsoDate, stepLabels, type TodayClient, type TodayPlan } from '../../core';
import type { AwaitingReply } from '../handlers/today-plan';
import { todayStrings } from './today-strings';
import { action, button, buttons, capitalised, html, paragraph, section, type Ui } from './ui';

type CardSection = GoogleAppsScript.Card_Service.CardSection;

/** Two widgets a client (its text and its button): 20 a page stays far under Gmail's 100. */
export const clientsPerPage = 20;
/** Invoices listed in a client's text; the rest are counted. */
export const invoicesShown = 8;
/** Rows of the other lists at most. */
export const rowsShown = 40;

export type TodayView = {
  plan: TodayPlan;
  keysOf: (client: TodayClient) => string;
  /** The day this client's reminder was last drafted and not yet seen sent: a second draft would repeat it. */
  draftedOn: (client: TodayClient) => IsoDate | undefined;   replies: AwaitingReply[];
  page: number;
  today: IsoDate;
};

function clientWidgets(ui: Ui, client: TodayClient, keys: string, today: IsoDate, draftedOn: IsoDate | undefined, page: number): GoogleAppsScript.Card_Service.Widget[] {
  const { language } = ui;
  const t = todayStrings[language];
  // A thank-you note answers a payment: how late it was no longer matters.
  const thanks = client.step === 'thank-you';
  const lateness = (entry: TodayClient['invoices'][number]) => (thanks ? '' : ` · ${entry.invoice.dueDate > today ? t.notYetDue : t.daysLate(entry.daysLate)}`);
  const lines = client.invoices.slice(0, invoicesShown).map((entry) => `${entry.invoice.number} · ${formatMoney(entry.invoice.amountDue ?? entry.invoice.amount, language)}${lateness(entry)}`);
  if (client.invoices.length > invoicesShown) lines.push(t.moreInvoices(client.invoices.length - invoicesShown));
  if (draftedOn) lines.push(t.alreadyDrafted(formatDate(draftedOn, language)));
  const text = ui.cards
    .newDecoratedText()
    .setTopLabel(html(`${client.client.company} · ${capitalised(stepLabels[client.step][language])}`))
    .setText(html(lines.join('\n')))
    .setBottomLabel(html(`${t.invoices(client.invoices.length)} · ${formatMoney(client.total, language)}${thanks ? '' : ` · ${t.daysLate(client.daysLate)}`}`))
    .setWrapText(true);
  return [text, buttons(ui, button(ui, thanks ? t.thanks.draft : t.draft, action(ui, 'onDraftClientReminder', { invoices: keys, page: String(page) })))];
}

export function todaySections(ui: Ui, view: TodayView): CardSection[] {
  const { language } = ui;
  const t = todayStrings[language];
  const { plan } = view;
  const pages = Math.max(1, Math.ceil(plan.clients.length / clientsPerPage));
  const page = Math.min(Math.max(0, Math.floor(view.page)), pages - 1);
  const clients = section(ui, ui.s.home.due);
  if (plan.clients.length === 0) clients.addWidget(paragraph(ui, html(t.nothing)));
  for (const client of plan.clients.slice(page * clientsPerPage, (page + 1) * clientsPerPage)) {
    for (const widget of clientWidgets(ui, client, view.keysOf(client), view.today, view.draftedOn(client), page)) clients.addWidget(widget);
  }
  if (pages > 1) {
    clients.addWidget(paragraph(ui, html(t.page(page + 1, pages, plan.clients.length))));
    const pager = [];
    if (page > 0) pager.push(button(ui, t.previous, action(ui, 'onShowTodayPage', { page: String(page - 1) })));
    if (page < pages - 1) pager.push(button(ui, t.next, action(ui, 'onShowTodayPage', { page: String(page + 1) })));
    clients.addWidget(buttons(ui, ...pager));
  }
  clients.addWidget(buttons(ui, button(ui, t.importButton, action(ui, 'onShowImport'))));
  const sections = [clients];

  const list = (title: string, rows: { label: string; text: string }[]) => {
    if (rows.length === 0) return;
    const part = section(ui, title);
    for (const row of rows.slice(0, rowsShown)) part.addWidget(ui.cards.newDecoratedText().setTopLabel(html(row.label)).setText(html(row.text)).setWrapText(true));
    if (rows.length > rowsShown) part.addWidget(paragraph(ui, html(t.more(rows.length - rowsShown))));
    sections.push(part);
  };
  list(
    t.brokenTitle,
    plan.brokenPromises.map((broken) => ({ label: `${broken.client.company} · ${broken.invoice.number}`, text: t.brokenPromise(formatDate(broken.promisedOn, language)) })),
  );
  list(
    t.repliesTitle,
    view.replies.map((reply) => ({ label: `${reply.company} · ${reply.invoiceNumber}`, text: t.reply(formatDate(reply.on, language)) })),
  );
  list(
    t.unplannedTitle,
    plan.unplanned.map((entry) => {
      const described = describeError(entry.error, language);
      return { label: `${entry.client.company} · ${entry.invoice.number}`, text: [described.title, ...described.details].join(' ') };
    }),
  );
  return sections;
}
