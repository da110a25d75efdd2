/** The card vocabulary the add-on uses, over CardService: short helpers so each card reads as its layout. */
import type { Language } from '../../core';
import type { ActionFunction } from '../entry-points';
import { type Strings, strings } from './strings';

export type Ui = { cards: GoogleAppsScript.Card_Service.CardService; language: Language; s: Strings };

type Card = GoogleAppsScript.Card_Service.Card;
type CardSection = GoogleAppsScript.Card_Service.CardSection;

export function createUi(cards: GoogleAppsScript.Card_Service.CardService, language: Language): Ui {
  return { cards, language, s: strings[language] };
}

/** Client and user text shown as text: the card's few HTML tags made inert, line breaks kept. */
export function html(text: string): string {
  return text.replace(/[&<>]/g, (character) => cardEntities[character] ?? character).replace(/\r?\n/g, '<br>');
}

const cardEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Field labels from the core are lower case, for use inside sentences; a title starts with a capital. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function paragraph(ui: Ui, markup: string): GoogleAppsScript.Card_Service.TextParagraph {
  return ui.cards.newTextParagraph().setText(markup);
}

export function warning(ui: Ui, text: string): GoogleAppsScript.Card_Service.TextParagraph {
  return paragraph(ui, `<font color="#b3261e">${html(text)}</font>`);
}

export function labelled(ui: Ui, label: string, text: string): GoogleAppsScript.Card_Service.DecoratedText {
  return ui.cards.newDecoratedText().setTopLabel(html(label)).setText(html(text)).setWrapText(true);
}

export function action(ui: Ui, functionName: ActionFunction, parameters: Record<string, string> = {}): GoogleAppsScript.Card_Service.Action {
  return ui.cards.newAction().setFunctionName(functionName).setParameters(parameters);
}

export function button(ui: Ui, text: string, onClick: GoogleAppsScript.Card_Service.Action): GoogleAppsScript.Card_Service.TextButton {
  return ui.cards.newTextButton().setText(text).setOnClickAction(onClick);
}

/** The card's main action, drawn filled as Gmail draws its primary buttons (TextButtonStyle.FILLED). */
export function primary(ui: Ui, built: GoogleAppsScript.Card_Service.TextButton): GoogleAppsScript.Card_Service.TextButton {
  return built.setTextButtonStyle(ui.cards.TextButtonStyle.FILLED);
}

/** A button whose callback returns a draft for Gmail to open (a ComposeActionResponse). */
export function composeButton(
  ui: Ui,
  text: string,
  onClick: GoogleAppsScript.Card_Service.Action,
  type: 'reply' | 'standalone',
): GoogleAppsScript.Card_Service.TextButton {
  const kind = type === 'reply' ? ui.cards.ComposedEmailType.REPLY_AS_DRAFT : ui.cards.ComposedEmailType.STANDALONE_DRAFT;
  return ui.cards.newTextButton().setText(text).setComposeAction(onClick, kind);
}

export function buttons(ui: Ui, ...list: GoogleAppsScript.Card_Service.TextButton[]): GoogleAppsScript.Card_Service.ButtonSet {
  const set = ui.cards.newButtonSet();
  for (const item of list) set.addButton(item);
  return set;
}

export function section(ui: Ui, header: string | undefined, ...widgets: GoogleAppsScript.Card_Service.Widget[]): CardSection {
  const built = ui.cards.newCardSection();
  if (header) built.setHeader(header);
  for (const widget of widgets) built.addWidget(widget);
  return built;
}

export function card(ui: Ui, name: string, title: string, subtitle: string | undefined, sections: CardSection[]): Card {
  const header = ui.cards.newCardHeader().setTitle(title);
  if (subtitle) header.setSubtitle(subtitle);
  const builder = ui.cards.newCardBuilder().setName(name).setHeader(header);
  for (const part of sections) builder.addSection(part);
  return builder.build();
}

/** "1 234,5" KB for the storage line. */
export function kilobytes(bytes: number, language: Language): string {
  const value = (bytes / 1024).toFixed(1);
  return language === 'fr' ? value.replace('.', ',') : value;
}
