import { describe, expect, it } from 'vitest';
import { type Built } from '../../../playground/fake-gmail/fake-card-service';
import { addonEvent } from '../../../playground/fake-gmail/fake-events';
import { runClick, runTrigger } from '../../../playground/gmail/add-on-panel';
import { cardProblem, responseProblem } from '../../../playground/gmail/card-limits';
import { fakeHost } from '../../gmail/fakes/fake-host';

const cardWith = (widgets: number): Built => ({ kind: 'Card', sections: [{ kind: 'CardSection', widgets: Array.from({ length: widgets }, () => ({ kind: 'Divider' })) }] });

describe("Gmail's limits in the simulated side panel", () => {
  it('draws a section of 100 widgets and refuses one of 101, naming the limit', () => {
    expect(cardProblem(cardWith(100))).toBeUndefined();
    expect(cardProblem(cardWith(101))).toMatch(/101 widgets.*at most 100/);
  });

  it('refuses a card from a compose action: it must answer with the draft to open', () => {
    const composeButton: Built = { kind: 'TextButton', text: 'Ouvrir le brouillon', composeAction: { action: { functionName: 'onOpenDraft' } } };
    expect(responseProblem(composeButton, { kind: 'ActionResponse', navigation: {} }, 'message')).toMatch(/must return a ComposeActionResponse/);
    expect(responseProblem(composeButton, { kind: 'ComposeActionResponse', gmailDraft: {} }, 'message')).toBeUndefined();
  });

  it('takes a draft update only in a compose window', () => {
    const insert: Built = { kind: 'TextButton', text: 'Insérer', onClickAction: { functionName: 'onInsertReminder' } };
    const update = { kind: 'UpdateDraftActionResponse', updateDraftSubjectAction: { subject: 'x' } };
    expect(responseProblem(insert, update, 'compose')).toBeUndefined();
    expect(responseProblem(insert, update, 'message')).toMatch(/only taken in a compose window/);
  });
});

describe('the side panel runs the real handlers', () => {
  it('opens a message on its card, and a click applies the navigation it answers', () => {
    const host = fakeHost({ now: '2026-04-02T10:00:00Z' });
    const event = addonEvent({ messageId: 'msg-reply' });
    const panel = runTrigger(host, 'onGmailMessageOpen', event);
    expect(panel.error).toBeUndefined();
    const top = panel.stack[0] as Built;
    expect(findButton(top, 'Enregistrer la promesse').onClickAction).toMatchObject({ functionName: 'onConfirmReply' });
    const button = findButton(top, 'Journal des promesses');
    const after = runClick(host, panel, button, event, 'message');
    expect(after.panel.stack).toHaveLength(2);
    expect((after.panel.stack[1]?.header as Built).title).toBe('Journal des promesses');
  });

  it('shows an error and keeps the card when the handler answers what Gmail refuses', () => {
    const host = fakeHost();
    const event = addonEvent({ messageId: 'msg-invoice' });
    const panel = runTrigger(host, 'onGmailMessageOpen', event);
    const wrongly: Built = { kind: 'TextButton', text: 'Aperçu', composeAction: { action: { functionName: 'onPreview' } } };
    const after = runClick(host, panel, wrongly, event, 'message');
    expect(after.panel.error).toMatch(/ComposeActionResponse/);
    expect(after.panel.stack).toEqual(panel.stack);
  });
});

function findButton(card: unknown, text: string): Built {
  let found: Built | undefined;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if ((node as Built).kind === 'TextButton' && (node as Built).text === text) found ??= node as Built;
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}
