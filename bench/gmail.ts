/**
 * The Gmail add-on's figures: bundle size, the time Apps Script spends evaluating the whole bundle
 * (it does on every trigger), and the time to build the message card with Gmail faked out.
 */
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { buildGmail } from '../scripts/build-gmail';
import { handlers } from '../src/gmail/entry-points';
import { addonEvent } from '../test/gmail/fakes/fake-events';
import { fakeHost } from '../test/gmail/fakes/fake-host';
import { followInvoice } from '../test/gmail/fakes/follow-invoice';

const evaluateBudgetMs = 50;
const cardBudgetMs = 100;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(runs: number, run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const verdict = (ms: number, budget: number) => `${ms.toFixed(1)} ms (budget ${budget} ms: ${ms <= budget ? 'ok' : 'OVER'})`;

export async function benchGmail(): Promise<string[]> {
  const { code } = await buildGmail({ write: false });
  const raw = Buffer.byteLength(code);
  const gzip = gzipSync(code).length;
  const script = new vm.Script(code, { filename: 'Code.js' });
  // A fresh context each run, as a fresh Apps Script execution: nothing is cached between triggers.
  const evaluate = time(30, () => {
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    script.runInContext(context);
  });
  const host = fakeHost();
  followInvoice(host);
  const event = addonEvent({ messageId: 'msg-invoice' });
  handlers.onGmailMessageOpen(host, event);
  const card = time(30, () => {
    handlers.onGmailMessageOpen(host, event);
  });
  const { importMs, homeMs, stored } = todayFigures(1_000);
  return [
    `bundle dist/gmail/Code.js: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`,
    `evaluate the bundle in node:vm (median of 30): ${verdict(evaluate, evaluateBudgetMs)}`,
    `build the message card, Gmail faked (median of 30): ${verdict(card, cardBudgetMs)}`,
    `import an aged balance of 1,000 rows through the cards (read, then follow; ${stored} invoices stored): ${importMs.toFixed(0)} ms (Apps Script allows 6 min an execution)`,
    `build the homepage with Today over 1,000 followed invoices, Gmail faked (median of 5): ${homeMs.toFixed(1)} ms`,
  ];
}

/** The import card's two clicks on a large paste, then the homepage over what it followed. */
function todayFigures(rows: number): { importMs: number; homeMs: number; stored: number } {
  const lines = ['Client;N° de facture;Date facture;Échéance;Montant TTC;Reste dû;Email'];
  for (let index = 0; index < rows; index += 1) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    lines.push(`Client ${index % 100} SARL;F-${String(index).padStart(5, '0')};${day}/02/2026;${day}/03/2026;${100 + (index % 97)},50;${100 + (index % 97)},50;compta${index % 100}@client.fr`);
  }
  const form = { agedBalance: lines.join('\n') };
  const host = fakeHost({ now: '2026-03-24T10:00:00Z' });
  const start = performance.now();
  handlers.onReadAgedBalance(host, addonEvent({ form }));
  handlers.onImportAgedBalance(host, addonEvent({ form }));
  const importMs = performance.now() - start;
  const stored = Object.keys(host.user.getProperties()).filter((key) => key.startsWith('relance.r.')).length;
  const homeMs = time(5, () => {
    handlers.onHomepage(host, addonEvent({}));
  });
  return { importMs, homeMs, stored };
}
