// The fake CardService keeps what Gmail refuses: a card from a compose action, markup it would interpret.
import { describe, expect, it } from 'vitest';
import { checkResponse, fakeCardService } from './fake-card-service';

function cardsAndButtons() {
  const cards = fakeCardService();
  const action = cards.newAction().setFunctionName('onOpenDraft');
  const compose = cards.newTextButton().setText('Ouvrir').setComposeAction(action, cards.ComposedEmailType.REPLY_AS_DRAFT);
  const ordinary = cards.newTextButton().setText('Créer').setOnClickAction(action);
  const set = cards.newButtonSet().addButton(compose).addButton(ordinary);
  const card = cards.newCardBuilder().addSection(cards.newCardSection().addWidget(set)).build() as unknown as { sections: { widgets: { buttons: never[] }[] }[] };
  const [composeButton, ordinaryButton] = card.sections[0]!.widgets[0]!.buttons;
  return { cards, card, composeButton: composeButton!, ordinaryButton: ordinaryButton! };
}

describe('the fake CardService, on what a button callback may return', () => {
  it('refuses a card, or an action response showing one, from a compose action', () => {
    const { cards, card, composeButton } = cardsAndButtons();
    const pushing = cards.newActionResponseBuilder().setNavigation(cards.newNavigation().pushCard(card as never)).build();
    expect(() => checkResponse(composeButton, card)).toThrow(/compose action must return a ComposeActionResponse/);
    expect(() => checkResponse(composeButton, pushing)).toThrow(/compose action must return a ComposeActionResponse/);
  });

  it('accepts a draft from a compose action, and an action response from an ordinary one, not the other way round', () => {
    const { cards, card, composeButton, ordinaryButton } = cardsAndButtons();
    const draft = cards.newComposeActionResponseBuilder().setGmailDraft({} as never).build();
    const update = cards.newActionResponseBuilder().setNavigation(cards.newNavigation().updateCard(card as never)).build();
    expect(() => checkResponse(composeButton, draft)).not.toThrow();
    expect(() => checkResponse(ordinaryButton, update)).not.toThrow();
    expect(() => checkResponse(ordinaryButton, draft)).toThrow(/must return an ActionResponse/);
    expect(() => checkResponse(ordinaryButton, card)).toThrow(/must return an ActionResponse/);
  });
});

describe('the fake CardService, on text a card reads as HTML', () => {
  const section = (build: (cards: ReturnType<typeof fakeCardService>) => GoogleAppsScript.Card_Service.Widget) => {
    const cards = fakeCardService();
    return () => cards.newCardBuilder().addSection(cards.newCardSection().addWidget(build(cards))).build();
  };

  it('refuses a label or paragraph holding markup or a bare ampersand', () => {
    expect(section((cards) => cards.newDecoratedText().setTopLabel('Dupont <script>').setText('x'))).toThrow(/DecoratedText.topLabel holds unescaped markup/);
    expect(section((cards) => cards.newDecoratedText().setTopLabel('x').setBottomLabel('<img src=x>').setText('x'))).toThrow(/bottomLabel/);
    expect(section((cards) => cards.newTextParagraph().setText('Durand & Fils'))).toThrow(/TextParagraph.text holds unescaped markup \(&\)/);
  });

  it('accepts the tags a card renders and escaped text', () => {
    expect(section((cards) => cards.newTextParagraph().setText('<b>Durand &amp; Fils</b><br><font color="#b3261e">&lt;urgent&gt;</font>'))).not.toThrow();
    expect(section((cards) => cards.newDecoratedText().setTopLabel('Durand &amp; Fils · F-1').setText('<i>ok</i>'))).not.toThrow();
  });
});
