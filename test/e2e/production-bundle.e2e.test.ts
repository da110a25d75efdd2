/**
 * The pane the browser tests drive is the production build: its lazy chunks load when first needed.
 * MSAL is needed only with Graph configured, and then from the start: the follow-up records live
 * in the OneDrive app folder (ARCHITECTURE, decision 2), so the pane needs a token to read the log.
 */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { expectText, mailbox, openMessage, openPlayground, type Playground } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

const chunkName = (url: string) => /\/pane\/([\w-]+)\.[0-9a-f]{8}\.js$/.exec(new URL(url).pathname)?.[1];

async function openWithChunks(graph: 'not-configured' | 'available') {
  playground = await openPlayground({ graph });
  const loaded: string[] = [];
  playground.page.on('requestfinished', (request) => {
    const name = chunkName(request.url());
    if (name && request.response() !== null) loaded.push(name);
  });
  await openMessage(playground.page, 'sent', sampleThread(mailbox, 'late-10-days').invoiceNumber);
  await playground.pane.getByRole('button', { name: 'Marquer pour suivi' }).waitFor();
  return { ...playground, loaded };
}

test('runs the production bundle, and never loads MSAL when Graph is not configured', async () => {
  const { pane, loaded } = await openWithChunks('not-configured');
  // Minified and content-hashed as `npm run build` writes it; the invoice reader loads to read the
  // invoice, the reply reader (chrono-node and the reply models) only for a client's reply.
  expect(loaded).toContain('taskpane');
  expect(loaded).toContain('invoice-reader');
  expect(loaded).not.toContain('reply-reader');
  // The reminder writer (templates and Handlebars) is out of the first paint, loaded beside the
  // settings; the tabs not shown load their own chunk when opened.
  expect(loaded).toContain('reminder-writer');
  expect(loaded).not.toContain('settings');
  expect(loaded).not.toContain('today');

  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('status'), /Catégorie «\s?Relance\s?» appliquée/);
  expect(loaded).not.toContain('msal');
});

test('with Graph configured, loads MSAL to read the log in OneDrive and flags with the same token', async () => {
  const { pane, loaded } = await openWithChunks('available');
  expect(loaded).toContain('taskpane');
  expect(loaded).toContain('invoice-reader');
  expect(loaded).not.toContain('reply-reader');
  // The real MSAL, from its own chunk, got its token from the host's Nested App Authentication bridge.
  expect(loaded).toContain('msal');

  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('status'), 'Message marqué pour suivi, échéance le');
});
