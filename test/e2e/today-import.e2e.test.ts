/**
 * Today in the pane: an aged balance of 40 rows is imported, today's work appears grouped by
 * client, and one client's two overdue invoices go into one reminder, saved in Drafts through
 * Graph with both numbers and the one total. axe finds nothing to fix in either state.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { expectText, folderButton, messageRow, openPlayground, type Playground, screenshot } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

const fixture = join(import.meta.dirname, '..', 'fixtures', 'aged-balance', 'balance-agee-fr-40.csv');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core (every rule, best practices included) in the task pane's frame; returns each
 * violation with the elements at fault. One page-level rule is left out: the pane as a whole has no
 * h1 ("page-has-heading-one"), which belongs to the pane's own structure, not to this tab.
 */
async function axeViolations(frame: Frame): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: axePath });
  const violations = await frame.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<Result> } }).axe;
    return (await axe.run(document, { rules: { 'page-has-heading-one': { enabled: false } } })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  return violations;
}

test('imports a 40-row aged balance, lists today by client, and drafts a two-invoice reminder with one total', async () => {
  playground = await openPlayground({ graph: 'available' });
  const { page, pane } = playground;
  // Any message opens the pane; Today is about every followed invoice, not this one.
  await folderButton(page, 'inbox').click();
  await page.locator('.message-list li').first().getByRole('button').click();
  await pane.getByRole('tab', { name: 'Aujourd’hui' }).click();
  await expectText(pane.getByRole('tabpanel'), 'Aucune relance à envoyer aujourd’hui.', 'Importer une balance âgée');
  const frame = await (await page.locator('iframe[title="Relance"]').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no task pane frame');
  expect(await axeViolations(frame)).toEqual([]);

  // The file as the accounting tool exported it: a title line, French headers, numbers and dates.
  await pane.getByLabel('Fichier CSV').setInputFiles(fixture);
  await expectText(pane.getByRole('status'), /40\snouvelles factures, 0\smise à jour, 0\sinchangée\./);
  await pane.getByRole('button', { name: /^Suivre 40\sfactures$/ }).click();
  await expectText(pane.getByRole('tabpanel'), /Import terminé\s: 40\sfactures ajoutées/);

  // Today, grouped by client: Menuiserie Vidal's two overdue invoices together, with one total.
  const vidal = pane.locator('li.today-client').filter({ has: pane.getByRole('heading', { name: 'Menuiserie Vidal' }) });
  await expectText(vidal, /2\sfactures/, /4\s716,50\s€/, 'FA-2026-0200', 'FA-2026-0201');
  expect(await vidal.innerText()).not.toContain('FA-2026-0202');
  expect(await pane.locator('li.today-client').count()).toBeGreaterThan(5);
  expect(await axeViolations(frame)).toEqual([]);

  // The aged balance names no one to greet: the contact is given once, then the reminder is drafted.
  const contacts = pane.getByRole('region', { name: 'Contacts à compléter' });
  const vidalContact = contacts.locator('details').filter({ hasText: /^Menuiserie Vidal\s: compléter le contact/ });
  await vidalContact.getByText(/^Menuiserie Vidal\s: compléter le contact$/).click();
  await vidalContact.getByLabel('Civilité du contact').fill('M.');
  await vidalContact.getByLabel('Nom du contact', { exact: true }).fill('Vidal');
  await vidalContact.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expectText(pane.getByRole('tabpanel'), /Contact de Menuiserie Vidal enregistré/);
  await vidal.getByRole('button', { name: 'Rédiger la relance' }).click();
  // Graph throttles the first draft (429, Retry-After): the pane waits it out and saves the draft.
  await expectText(vidal.getByRole('status'), /Brouillon enregistré dans Brouillons pour Menuiserie Vidal/);
  await expectText(pane.getByRole('region', { name: 'À confirmer' }), 'FA-2026-0200', 'FA-2026-0201');

  await folderButton(page, 'drafts').click();
  await messageRow(page, /FA-2026-0200/).first().getByRole('button').click();
  await expectText(page.getByRole('textbox', { name: 'Corps du message' }), 'FA-2026-0200', 'FA-2026-0201', /4\s716,50\s€/, 'Monsieur Vidal');
  await screenshot(page, 'today-import');
});
