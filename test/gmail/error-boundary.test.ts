import { describe, expect, it } from 'vitest';
import { handlers } from '../../src/gmail/entry-points';
import { findAll, shownCard, textOf } from './fakes/fake-card-service';
import { addonEvent } from './fakes/fake-events';
import { fakeHost } from './fakes/fake-host';

describe('the error boundary', () => {
  it('turns a failure in a trigger into an error card in French', () => {
    const host = fakeHost();
    host.mail.failures.getMessageById = new Error('Access denied: : You do not have permission to access this message');
    const cards = handlers.onGmailMessageOpen(host, addonEvent({ messageId: 'msg-invoice' })) as unknown[];
    expect(cards).toHaveLength(1);
    expect((cards[0] as { name: string }).name).toBe('relance-error');
    expect(textOf(cards[0])).toContain('Accès refusé par votre messagerie.');
    expect(host.logs.join('\n')).toContain('You do not have permission');
  });

  it('turns a failure in a button into an error card pushed over the card, in English', () => {
    const host = fakeHost();
    host.mail.failures.getMessageById = new Error('Invalid argument: id');
    const response = handlers.onFlagFollowUp(host, addonEvent({ messageId: 'msg-gone', locale: 'en-US' }));
    expect(textOf(shownCard(response))).toContain('This message is no longer available.');
  });

  it('says something unexpected happened when the cause is not one it knows, without a stack trace', () => {
    const host = fakeHost();
    host.user.getProperties = () => {
      throw new Error('Unexpected token in the storage service');
    };
    const [card] = handlers.onHomepage(host, addonEvent({ locale: 'en' })) as unknown[];
    const text = textOf(card);
    expect(text).toContain('The mail client returned an error.');
    expect(text).not.toContain('at ');
    expect(findAll(card, 'TextButton')).toEqual([]);
  });

  it("lists every missing sender detail when the admin hasn't configured the organisation", () => {
    const host = fakeHost({ withOrganisation: false });
    const response = handlers.onPreview(host, addonEvent({ messageId: 'msg-invoice', form: { number: 'F-2026-0142', issueDate: '2026-02-14', dueDate: '2026-03-16', amount: '4860', currency: 'EUR', company: 'Durand', lastName: 'Durand', email: 'c.durand@boulangeries-durand.fr' } }));
    expect(textOf(shownCard(response))).toContain("société de l’expéditeur\u00a0: obligatoire");
  });
});
