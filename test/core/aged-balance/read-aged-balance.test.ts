import { describe, expect, it } from 'vitest';
import { describeAgedBalanceProblem, readAgedBalance } from '../../../src/core';

// As a French accounting tool exports it: a title, a blank line, semicolons, accents, no-break
// spaces in amounts, age buckets nobody needs, and a total line.
const sageExport = [
  'Balance âgée clients au 03/12/2026',
  '',
  'Client;N° de facture;Date facture;Échéance;Montant TTC;Reste dû;0-30 j;31-60 j;Email',
  'Garage Morel SARL;FA-2026-0118;02/10/2026;01/11/2026;4\u00a0860,00;4\u00a0860,00;;4\u00a0860,00;compta@garage-morel.fr',
  'Garage Morel SARL;FA-2026-0131;15/10/2026;14/11/2026;1\u00a0200,00;700,00;700,00;;compta@garage-morel.fr',
  '"Boulangerie ""Le Fournil""";FA-2026-0140;20/10/2026;19/11/2026;350,00;0,00;;;contact@lefournil.fr',
  'TOTAL;;;;6\u00a0410,00;5\u00a0560,00;;;',
].join('\r\n');

describe('reading an aged balance exported by a French tool', () => {
  const read = readAgedBalance({ text: sageExport, language: 'fr' });

  it('finds the header below the title and maps every French column', () => {
    expect(read.problems).toEqual([]);
    expect(read.columns.map((column) => column.role)).toEqual(['client', 'number', 'issueDate', 'dueDate', 'amount', 'balance', undefined, undefined, 'email']);
  });

  it('turns each row into a followed invoice, and skips the total line', () => {
    expect(read.rows).toHaveLength(3);
    expect(read.rows[0]).toEqual({
      line: 4,
      client: { company: 'Garage Morel SARL', email: 'compta@garage-morel.fr' },
      invoice: { number: 'FA-2026-0118', issueDate: '2026-10-02', dueDate: '2026-11-01', amount: { value: 4860, currency: 'EUR' } },
      paid: false,
    });
  });

  it('keeps what remains due after a part payment', () => {
    expect(read.rows[1]?.invoice.amountDue).toEqual({ value: 700, currency: 'EUR' });
  });

  it('reads a zero balance as paid, so its reminders stop', () => {
    expect(read.rows[2]).toMatchObject({ client: { company: 'Boulangerie "Le Fournil"' }, paid: true });
    expect(read.rows[2]?.invoice.amountDue).toBeUndefined();
  });
});

describe('reading an aged balance exported by an English tool', () => {
  it('reads commas, pound signs and written dates', () => {
    const text = [
      'Customer,Invoice Number,Invoice Date,Due Date,Total,Amount Due,Email',
      '"Harper & Cole Ltd",INV-0071,9 March 2026,8 April 2026,"£2,340.00","£2,340.00",accounts@harpercole.co.uk',
    ].join('\n');
    const read = readAgedBalance({ text, language: 'en' });
    expect(read.problems).toEqual([]);
    expect(read.rows[0]?.invoice).toEqual({ number: 'INV-0071', issueDate: '2026-03-09', dueDate: '2026-04-08', amount: { value: 2340, currency: 'GBP' } });
  });

  it('reads American dates month first when a date proves it', () => {
    const text = ['Customer,Invoice,Date,Due Date,Amount', 'Acme Inc,1001,03/02/2026,04/15/2026,$500.00'].join('\n');
    expect(readAgedBalance({ text, language: 'en' }).rows[0]?.invoice).toMatchObject({ issueDate: '2026-03-02', dueDate: '2026-04-15' });
  });

  it('asks for the currency of an English file whose amounts carry none', () => {
    const text = ['Customer,Invoice,Date,Due Date,Amount', 'Acme Ltd,1001,02/03/2026,15/04/2026,500.00'].join('\n');
    expect(readAgedBalance({ text, language: 'en' }).problems).toEqual([{ line: 2, column: 'Amount', role: 'amount', code: 'missing-currency' }]);
    expect(readAgedBalance({ text, language: 'en', currency: 'GBP' }).rows[0]?.invoice.amount).toEqual({ value: 500, currency: 'GBP' });
  });
});

describe('rows it cannot follow are named by line and column', () => {
  const header = 'Client;Facture;Date;Échéance;Montant';

  it('names a bad date, a bad amount and a missing number each with its line and column', () => {
    const text = [header, 'Morel;F-1;30/02/2026;15/03/2026;100,00', 'Morel;F-2;01/02/2026;15/03/2026;1,2,3', 'Morel;;01/02/2026;15/03/2026;100,00'].join('\n');
    const read = readAgedBalance({ text });
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      { line: 2, column: 'Date', role: 'issueDate', code: 'invalid-date' },
      { line: 3, column: 'Montant', role: 'amount', code: 'invalid-amount' },
      { line: 4, column: 'Facture', role: 'number', code: 'missing-value' },
    ]);
  });

  it('counts lines as an editor does when a quoted cell holds a line break', () => {
    const text = [header, '"Morel\nSARL";F-1;01/02/2026;15/03/2026;100,00', 'Morel;F-2;01/02/2026;15/01/2026;100,00'].join('\n');
    expect(readAgedBalance({ text }).problems).toEqual([{ line: 4, column: 'Échéance', role: 'dueDate', code: 'due-before-issue' }]);
  });

  it('reports the same invoice twice instead of following it twice', () => {
    const text = [header, 'Morel;F-1;01/02/2026;15/03/2026;100,00', 'MOREL;f-1;01/02/2026;15/03/2026;100,00'].join('\n');
    const read = readAgedBalance({ text });
    expect(read.rows).toHaveLength(1);
    expect(read.problems).toEqual([{ line: 3, column: 'Facture', role: 'number', code: 'duplicate-invoice' }]);
  });

  it('reports a credit note and a balance above the amount', () => {
    const text = ['Client;Facture;Date;Échéance;Montant;Solde', 'Morel;AV-1;01/02/2026;15/03/2026;-100,00;-100,00', 'Morel;F-3;01/02/2026;15/03/2026;100,00;150,00'].join('\n');
    expect(readAgedBalance({ text }).problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, 'credit-note'],
      [3, 'balance-above-amount'],
    ]);
  });

  it('lists the columns it could not find, for the mapping step', () => {
    const read = readAgedBalance({ text: ['Tiers;Pièce;Date;Montant', 'Morel;F-1;01/02/2026;100,00'].join('\n') });
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([{ line: 1, code: 'missing-column', role: 'dueDate' }]);
    expect(read.columns).toEqual([
      { header: 'Tiers', role: 'client' },
      { header: 'Pièce', role: 'number' },
      { header: 'Date', role: 'issueDate' },
      { header: 'Montant', role: 'amount' },
    ]);
  });

  it('follows the columns the user mapped by hand', () => {
    const text = ['Compte;Réf;Émise;Payable le;Valeur', 'Morel;F-1;01/02/2026;15/03/2026;100,00'].join('\n');
    const read = readAgedBalance({ text, columns: { client: 'Compte', number: 'Réf', issueDate: 'Émise', dueDate: 'Payable le', amount: 'Valeur' } });
    expect(read.problems).toEqual([]);
    expect(read.rows[0]?.invoice).toEqual({ number: 'F-1', issueDate: '2026-02-01', dueDate: '2026-03-15', amount: { value: 100, currency: 'EUR' } });
  });

  it('says the file is empty, or has no header it knows', () => {
    expect(readAgedBalance({ text: ' \n' }).problems).toEqual([{ line: 1, code: 'empty-file' }]);
    expect(readAgedBalance({ text: 'a;b;c\n1;2;3' }).problems).toEqual([{ line: 1, code: 'no-header' }]);
  });

  it('keeps a client name hostile to HTML as text, for the shells to escape', () => {
    const text = [header, '<img src=x onerror=alert(1)>;F-1;01/02/2026;15/03/2026;100,00'].join('\n');
    expect(readAgedBalance({ text }).rows[0]?.client.company).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('import problems in words a user can act on', () => {
  it('names the line and the column as the file writes it, in French and in English', () => {
    expect(describeAgedBalanceProblem({ line: 12, column: 'Échéance', role: 'dueDate', code: 'invalid-date' }, 'fr')).toBe('Ligne 12, colonne «\u00a0Échéance\u00a0»\u00a0: date illisible');
    expect(describeAgedBalanceProblem({ line: 12, column: 'Due Date', role: 'dueDate', code: 'invalid-date' }, 'en')).toBe('Line 12, column "Due Date": date not readable');
  });

  it('names a column the file lacks by its role', () => {
    expect(describeAgedBalanceProblem({ line: 1, role: 'dueDate', code: 'missing-column' }, 'fr')).toBe('Ligne 1, colonne «\u00a0échéance\u00a0»\u00a0: colonne introuvable, à choisir ci-dessous');
  });
});
