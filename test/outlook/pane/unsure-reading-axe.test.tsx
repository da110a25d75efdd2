// @vitest-environment jsdom
// axe-core on the unsure reading, which no sample reply of the playground produces: the user picks between two readings.
import { cleanup, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, expect, it } from 'vitest';
import type { RelanceSettings } from '../../../src/core';
import { App } from '../../../src/outlook/pane/App';
import { lumen } from '../../../examples/sample-data';
import { fakeOperations } from '../fakes/fake-operations';
import { sampleEntry, sampleReply } from '../fakes/sample-entry';

afterEach(cleanup);

const settings: RelanceSettings = { sender: lumen, userEmail: lumen.email! };

it('has no axe violation when the reader is unsure and the user picks between two readings', async () => {
  const reading = { intent: 'no-commitment' as const, invoiceNumbers: ['F-2026-0142'], evidence: 'nous regardons', language: 'fr' as const, confidence: 0.55, alternative: { intent: 'promise' as const, date: '2026-03-31' } };
  render(<App ops={fakeOperations({ message: sampleReply, ledger: { version: 1, entries: [sampleEntry] }, reading })} settings={settings} language="fr" today="2026-03-23" compose={false} />);
  await screen.findByRole('radio', { name: /Promesse de paiement/ });
  // jsdom paints nothing: the colours are checked by the browser tests, every other rule here.
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
