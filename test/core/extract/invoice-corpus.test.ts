import { describe, expect, it } from 'vitest';
import { extractInvoice } from '../../../src/core/extract/extract-invoice';
import { invoiceEmailCorpus, notInvoiceEmails } from '../../fixtures/invoice-emails';
import { scoreInvoiceEmails } from '../../fixtures/score-corpus';

describe('the invoice-mail corpus', () => {
  it('holds at least 25 invoice mails, French and English, with unique ids', () => {
    expect(invoiceEmailCorpus.length).toBeGreaterThanOrEqual(25);
    const ids = [...invoiceEmailCorpus, ...notInvoiceEmails].map((email) => email.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('extractInvoice on the invoice-mail corpus', () => {
  const score = scoreInvoiceEmails(invoiceEmailCorpus, extractInvoice);

  it('reads 95 % of the facts or more', () => {
    expect(score.fields, JSON.stringify(score.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('guesses no fact wrong: a fact it is not sure of is left out', () => {
    expect(score.misses.filter((miss) => miss.read !== undefined)).toEqual([]);
  });

  it('reads nothing in mails that hold no invoice', () => {
    expect(notInvoiceEmails.filter((email) => Object.keys(extractInvoice(email.message)).length > 0).map((email) => email.id)).toEqual([]);
  });
});
