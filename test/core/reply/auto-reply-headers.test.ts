import { describe, expect, it } from 'vitest';
import { parseInternetHeaders } from '../../../src/core/mailbox/parse-internet-headers';
import { isAutoReply } from '../../../src/core/reply/auto-reply-headers';
import { readReply } from '../../../src/core/reply/read-reply';

const receivedOn = '2026-03-11';

describe('automatic replies known by their headers', () => {
  it('reads RFC 3834 Auto-Submitted (any value but "no"), Exchange X-Auto-Response-Suppress and Precedence: auto_reply', () => {
    expect(isAutoReply({ 'Auto-Submitted': 'auto-replied' })).toBe(true);
    expect(isAutoReply({ 'auto-submitted': 'auto-generated' })).toBe(true);
    expect(isAutoReply({ 'Auto-Submitted': 'no' })).toBe(false);
    expect(isAutoReply({ 'X-Auto-Response-Suppress': 'All' })).toBe(true);
    expect(isAutoReply({ Precedence: 'auto_reply' })).toBe(true);
    expect(isAutoReply({ Precedence: 'bulk' })).toBe(false);
    expect(isAutoReply(undefined)).toBe(false);
  });

  it('trusts the headers over the wording', () => {
    const text = 'Merci pour votre message. Le virement partira le 20 mars.';
    expect(readReply({ text, receivedOn }).intent).toBe('promise');
    const automatic = readReply({ text: 'Je suis en congés, de retour le lundi 16 mars.', receivedOn, headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(automatic).toMatchObject({ intent: 'out-of-office', returnOn: '2026-03-16', confidence: 1 });
    expect(automatic.alternative).toBeUndefined();
  });

  it('parses a header block: folded lines, any case, the first of two headers of the same name', () => {
    expect(parseInternetHeaders('Auto-Submitted: auto-replied\r\nSubject: Absence\r\n du bureau\r\nsubject: other\r\n\r\nbody: not a header')).toEqual({
      'auto-submitted': 'auto-replied',
      subject: 'Absence du bureau',
    });
  });
});
