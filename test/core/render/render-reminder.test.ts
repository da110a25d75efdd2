import { describe, expect, it } from 'vitest';
import { RelanceError, renderReminder } from '../../../src/core';
import { stepIds } from '../../../src/core/model/step';
import { type RenderInput } from '../../../src/core/render/render-input';
import { sampleRenderInput } from '../../../examples/sample-render-input';
import { errorOf } from '../support/error-of';
import { durandSecondInvoice } from '../../../examples/sample-data';


const unfilled = /\bundefined\b|\bnull\b|\bNaN\b|\[object|\{\{|\}\}|\[(numéro|montant|date|nom|invoice|amount)/;

describe('renderReminder', () => {
  it('renders every step in both languages, reviewable as one snapshot', async () => {
    const sections: string[] = [];
    for (const language of ['fr', 'en'] as const) {
      for (const step of stepIds) {
        const reminder = renderReminder(sampleRenderInput(step, language));
        sections.push(`## ${language} · ${step} (${reminder.channel})\n\nSubject: ${reminder.subject}\n\n${reminder.text}\n`);
      }
    }
    await expect(sections.join('\n---\n\n')).toMatchFileSnapshot('__snapshots__/reminders.md');
  });

  it.each(stepIds.flatMap((step) => [[step, 'fr'], [step, 'en']] as const))('%s (%s) carries the invoice facts and no unfilled value', (step, language) => {
    const input = sampleRenderInput(step, language);
    const reminder = renderReminder(input);
    expect(reminder.subject + reminder.text + reminder.html).not.toMatch(unfilled);
    expect(reminder.subject.length).toBeGreaterThan(10);
    expect(reminder.text).toContain(input.invoices[0]!.number);
    // The call script is for the account manager; everything else is signed.
    if (step !== 'phone-call') expect(reminder.text).toContain(input.sender.name);
  });

  it.each(['preventive', 'overdue-1', 'overdue-2', 'penalties-letter', 'formal-notice', 'broken-promise'] as const)(
    '%s asks for payment with the bank details',
    (step) => {
      for (const language of ['fr', 'en'] as const) {
        const input = sampleRenderInput(step, language);
        const text = renderReminder(input).text.replace(/\s/g, '');
        expect(text).toContain(input.sender.iban!);
        expect(text).toContain(input.sender.bic!);
      }
    },
  );

  it('writes French amounts and dates the French way', () => {
    const { text } = renderReminder(sampleRenderInput('overdue-1', 'fr'));
    expect(text).toContain('4\u00a0860,00\u00a0€');
    expect(text).toContain('16\u00a0mars\u00a02026');
    expect(text).toMatch(/^Bonjour Madame Durand,/);
    expect(text).toContain('Sauf erreur ou omission de notre part');
  });

  it('writes British English amounts, dates and greeting', () => {
    const { text } = renderReminder(sampleRenderInput('overdue-1', 'en'));
    expect(text).toContain('£4,860.00');
    expect(text).toContain('16\u00a0March\u00a02026');
    expect(text).toMatch(/^Dear Ms Harper,/);
  });

  it('states penalties, the indemnity and their legal basis from the penalties letter on', () => {
    const fr = renderReminder(sampleRenderInput('penalties-letter', 'fr')).text;
    expect(fr).toContain('L441-10');
    expect(fr).toContain('D441-5');
    expect(fr).toContain('64,71\u00a0€'); // 4 860 € × 12,15 % × 40 / 365
    expect(fr).toContain('40,00\u00a0€');
    const en = renderReminder(sampleRenderInput('penalties-letter', 'en')).text;
    expect(en).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    expect(en).toContain('£70.00');
  });

  it('renders the formal notice as a registered letter citing the Code civil, never the repealed art. 1153', () => {
    const letter = renderReminder(sampleRenderInput('formal-notice', 'fr'));
    expect(letter.channel).toBe('letter');
    expect(letter.text).toContain('Lettre recommandée avec accusé de réception');
    expect(letter.text).toMatch(/mise en demeure/i);
    expect(letter.text).toContain('1344');
    expect(letter.text).not.toContain('1153');
    expect(letter.text).toContain('Lyon, le 5\u00a0mai\u00a02026');
    expect(letter.text).toContain('38000 Grenoble');
    expect(letter.text).toContain('69002 Lyon');
  });

  it('renders the phone call as a script with the contact to call', () => {
    const script = renderReminder(sampleRenderInput('phone-call', 'fr'));
    expect(script.channel).toBe('phone');
    expect(script.text).toContain('04 76 98 76 54');
    expect(script.text.match(/\?/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('lists several overdue invoices of one client with their total in one message', () => {
    const base = sampleRenderInput('overdue-2', 'fr');
    const input: RenderInput = { ...base, today: '2026-04-10', invoices: [durandSecondInvoice, base.invoices[0]!] };
    const { text, subject } = renderReminder(input);
    expect(text).toContain('F-2026-0142');
    expect(text).toContain('F-2026-0163');
    expect(text).toContain('5\u00a0610,50\u00a0€'); // 4 860,00 + 750,50 still due
    expect(subject).toContain('F-2026-0142');
    expect(subject).toContain('F-2026-0163');
  });

  it('lists every missing field a step needs, and writes nothing', () => {
    const input = sampleRenderInput('formal-notice', 'fr');
    const { iban: _iban, bic: _bic, city: _city, address: _address, ...sender } = input.sender;
    const { address: _clientAddress, ...client } = input.client;
    const error = errorOf(() => renderReminder({ ...input, sender, client }));
    expect(error.code).toBe('missing-fields');
    expect(error.fields.sort()).toEqual(['client.address', 'sender.address', 'sender.bic', 'sender.city', 'sender.iban']);
  });

  it('needs the contact phone number for a call script', () => {
    const input = sampleRenderInput('phone-call', 'en');
    const { phone: _phone, ...contact } = input.client.contact;
    expect(errorOf(() => renderReminder({ ...input, client: { ...input.client, contact } })).fields).toContain('client.contact.phone');
  });

  // Outlook's setSelectedDataAsync does not support inline CSS (Office.js typings, Body.setSelectedDataAsync):
  // the HTML body must keep its shape with plain tags alone.
  it.each(stepIds.flatMap((step) => [[step, 'fr'], [step, 'en']] as const))('%s (%s) writes HTML that holds without inline CSS', (step, language) => {
    const { html, text } = renderReminder(sampleRenderInput(step, language));
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).toMatch(/^<div><p>[\s\S]*<\/(?:p|ul)><\/div>$/);
    // Every word of the text is in the HTML, in order: only the structure became markup.
    const words = (value: string) => value.replace(/^\s*[-•]\s+/gm, ' ').split(/\s+/).filter(Boolean);
    const shown = html.replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(words(shown)).toEqual(words(text));
  });

  it('escapes whatever a user typed in the HTML body', () => {
    const input = sampleRenderInput('overdue-1', 'fr');
    const hostile = {
      ...input,
      client: { ...input.client, company: '<img src=x onerror=alert(1)>', contact: { ...input.client.contact, lastName: '"><script>alert(1)</script>' } },
      invoices: [{ ...input.invoices[0]!, number: 'F-1<b>', description: '<a href="javascript:alert(1)">clic</a> & co' }],
    };
    const { html, text } = renderReminder(hostile);
    expect(html).not.toMatch(/<(script|img|a|b)[\s>]/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp; co');
    expect(text).toContain('<script>'); // the plain text keeps what was typed, as text
  });

  it('makes odd Unicode and line breaks in fields harmless', () => {
    const input = sampleRenderInput('overdue-1', 'fr');
    const { text, subject } = renderReminder({
      ...input,
      client: { ...input.client, contact: { ...input.client.contact, lastName: 'Du\u202erand\u200b\u0000' } },
      invoices: [{ ...input.invoices[0]!, number: 'F-2026\n-0142\u2066' }],
    });
    expect(text).toContain('Madame Durand');
    expect(subject).toContain('F-2026\u00a0-0142');
    expect(subject).not.toMatch(/[\n\u2066]/);
  });

  it('is the same whatever the time zone: dates are calendar days', () => {
    const reminder = renderReminder(sampleRenderInput('overdue-1', 'en'));
    expect(reminder.text).toContain('16\u00a0March\u00a02026');
  });

  it('uses a catalog it is given instead of the default templates', () => {
    const input = sampleRenderInput('overdue-1', 'fr');
    expect(() => renderReminder({ ...input, catalog: {} })).toThrow(RelanceError);
  });
});
