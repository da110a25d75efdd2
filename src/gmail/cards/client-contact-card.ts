/**
 * The contact to write to, asked before a client's reminder is drafted from Today when the aged
 * balance gave none (an export names the company, rarely the person): title, names and address,
 * kept on the client's records with the reminder's log line.
 */
import { type Client, fieldLabel } from '../../core';
import { todayStrings } from './today-strings';
import { action, button, buttons, capitalised, card, html, paragraph, section, type Ui } from './ui';

export const contactFields = { civility: 'contactCivility', firstName: 'contactFirstName', lastName: 'contactLastName', email: 'contactEmail' } as const;

export function clientContactCard(ui: Ui, client: Client, parameters: Record<string, string>, thanks = false): GoogleAppsScript.Card_Service.Card {
  const t = todayStrings[ui.language];
  const part = section(ui, undefined, paragraph(ui, html(t.contactIntro)));
  for (const [field, name] of Object.entries(contactFields) as [keyof typeof contactFields, string][]) {
    const value = client.contact[field] ?? '';
    const input = ui.cards.newTextInput().setFieldName(name).setTitle(capitalised(fieldLabel(`client.contact.${field}`, ui.language)));
    if (value !== '') input.setValue(value);
    part.addWidget(input);
  }
  part.addWidget(buttons(ui, button(ui, thanks ? t.thanks.draft : t.draft, action(ui, 'onDraftClientReminder', parameters))));
  return card(ui, 'relance-contact', t.contactTitle(client.company), undefined, [part]);
}
