// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Built, fakeCardService } from '../../../playground/fake-gmail/fake-card-service';
import { eventForm, type FormValues } from '../../../playground/gmail/card-form';
import { CardView } from '../../../playground/gmail/CardView';
import { gmailStrings } from '../../../playground/gmail/gmail-strings';

afterEach(cleanup);

const cards = fakeCardService();
const act = (name: string) => cards.newAction().setFunctionName(name);

function cardOf(...sections: GoogleAppsScript.Card_Service.CardSection[]): Built {
  const builder = cards.newCardBuilder().setName('test').setHeader(cards.newCardHeader().setTitle('Relance').setSubtitle('F-2026-0142 · Durand').setImageUrl('https://example.com/logo.png').setImageAltText('Logo'));
  for (const section of sections) builder.addSection(section);
  return builder.build() as unknown as Built;
}

function draw(card: Built) {
  const onClick = vi.fn<(button: Built, values: FormValues) => void>();
  render(<CardView card={card} strings={gmailStrings.fr} onClick={onClick} />);
  return onClick;
}

describe('a card drawn as Gmail lays it out', () => {
  it('shows the header: title, subtitle and image', () => {
    draw(cardOf(cards.newCardSection().addWidget(cards.newTextParagraph().setText('x'))));
    expect(screen.getByRole('heading', { level: 2, name: 'Relance' })).toBeTruthy();
    expect(screen.getByText('F-2026-0142 · Durand')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Logo' }).getAttribute('src')).toBe('https://example.com/logo.png');
  });

  it('draws a paragraph with the tags Gmail reads, and shows any other markup as text', () => {
    draw(cardOf(cards.newCardSection().addWidget(cards.newTextParagraph().setText('<b>Gras</b> &lt;script&gt; <font color="#b3261e">rouge</font><br><a href="javascript:alert(1)">lien</a>'))));
    expect(screen.getByText('Gras').tagName).toBe('B');
    expect(screen.getByText(/<script>/)).toBeTruthy();
    expect(screen.getByText('rouge').getAttribute('style')).toContain('color');
    expect(screen.getByText('lien').getAttribute('href')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('draws decorated text with its labels, and its button', () => {
    const onClick = draw(
      cardOf(cards.newCardSection().addWidget(cards.newDecoratedText().setTopLabel('Étape').setText('Première relance').setBottomLabel('8 jours de retard').setWrapText(true).setButton(cards.newTextButton().setText('Voir').setOnClickAction(act('onPreview'))))),
    );
    expect(screen.getByText('Étape')).toBeTruthy();
    expect(screen.getByText('Première relance').className).toContain('wrap');
    expect(screen.getByText('8 jours de retard')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Voir' }));
    expect(onClick.mock.calls[0]?.[0]).toMatchObject({ text: 'Voir' });
  });

  it('sends what the user typed, ticked, chose and picked, as Gmail sends form inputs', () => {
    const onClick = draw(
      cardOf(
        cards
          .newCardSection()
          .addWidget(cards.newTextInput().setFieldName('number').setTitle('Numéro').setValue('F-1'))
          .addWidget(cards.newSelectionInput().setType(cards.SelectionInputType.CHECK_BOX).setFieldName('others').setTitle('Autres factures').addItem('F-2', 'F-2', true).addItem('F-3', 'F-3', false))
          .addWidget(cards.newSelectionInput().setType(cards.SelectionInputType.RADIO_BUTTON).setFieldName('reading').setTitle('Lecture').addItem('Promesse', 'promise', true).addItem('Litige', 'dispute', false))
          .addWidget(cards.newSelectionInput().setType(cards.SelectionInputType.DROPDOWN).setFieldName('language').setTitle('Langue').addItem('Français', 'fr', true).addItem('English', 'en', false))
          .addWidget(cards.newDatePicker().setFieldName('dueDate').setTitle('Échéance').setValueInMsSinceEpoch(Date.UTC(2026, 2, 16)))
          .addWidget(cards.newButtonSet().addButton(cards.newTextButton().setText('Envoyer').setTextButtonStyle(cards.TextButtonStyle.FILLED).setOnClickAction(act('onPreview')))),
      ),
    );
    fireEvent.input(screen.getByLabelText('Numéro'), { target: { value: 'F-9' } });
    fireEvent.click(screen.getByLabelText('F-3'));
    fireEvent.click(screen.getByLabelText('Litige'));
    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'en' } });
    fireEvent.input(screen.getByLabelText('Échéance'), { target: { value: '2026-03-20' } });
    const send = screen.getByRole('button', { name: 'Envoyer' });
    expect(send.className).toContain('filled');
    fireEvent.click(send);
    expect(eventForm(onClick.mock.calls[0]?.[1] ?? {})).toEqual({
      form: { number: 'F-9', reading: 'dispute', language: 'en' },
      lists: { others: ['F-2', 'F-3'] },
      dates: { dueDate: '2026-03-20' },
    });
  });

  it('folds a collapsible section to the widgets it keeps shown, keeps the hidden values, and opens it on request', () => {
    const section = cards
      .newCardSection()
      .setHeader('Vérifier les données')
      .setCollapsible(true)
      .setNumUncollapsibleWidgets(1)
      .addWidget(cards.newTextParagraph().setText('Toujours visible'))
      .addWidget(cards.newTextInput().setFieldName('amount').setTitle('Montant').setValue('4 860,00'))
      .addWidget(cards.newButtonSet().addButton(cards.newTextButton().setText('OK').setOnClickAction(act('onPreview'))));
    const onClick = draw(cardOf(section));
    const toggle = screen.getByRole('button', { name: 'Afficher plus' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Toujours visible').closest('[hidden]')).toBeNull();
    expect(screen.getByLabelText('Montant').closest('[hidden]')).not.toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Afficher moins' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByLabelText('Montant').closest('[hidden]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(eventForm(onClick.mock.calls[0]?.[1] ?? {}).form).toEqual({ amount: '4 860,00' });
  });

  it('draws a divider, a link button and the fixed footer', () => {
    const card = cards
      .newCardBuilder()
      .setHeader(cards.newCardHeader().setTitle('Relance'))
      .addSection(cards.newCardSection().addWidget(cards.newDivider()).addWidget(cards.newButtonSet().addButton(cards.newTextButton().setText('Aide').setOpenLink(cards.newOpenLink().setUrl('https://example.com/aide')))))
      .setFixedFooter(cards.newFixedFooter().setPrimaryButton(cards.newTextButton().setText('Enregistrer').setOnClickAction(act('onSaveOrganisation'))))
      .build() as unknown as Built;
    draw(card);
    expect(document.querySelector('hr')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Aide' }).getAttribute('href')).toBe('https://example.com/aide');
    expect(within(document.querySelector('footer') as HTMLElement).getByRole('button', { name: 'Enregistrer' }).className).toContain('filled');
  });
});
