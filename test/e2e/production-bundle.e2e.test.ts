/** The pane the browser tests drive is the production build: its lazy chunks load when first needed. */
import { afterEach, expect, test } from 'vitest';
import { sampleThread } from '../../examples/mailbox/sample-mailbox';
import { expectText, mailbox, openMessage, openPlayground, type Playground } from './support/playground';

let playground: Playground | undefined;
afterEach(async () => playground?.close());

const chunkName = (url: string) => /\/pane\/([\w-]+)\.[0-9a-f]{8}\.js$/.exec(new URL(url).pathname)?.[1];

test('runs the production bundle, and loads the mail readers and MSAL only when the user needs them', async () => {
  playground = await openPlayground({ graph: 'available' });
  const { page, pane } = playground;
  const loaded: string[] = [];
  page.on('requestfinished', (request) => {
    const name = chunkName(request.url());
    if (name && request.response() !== null) loaded.push(name);
  });
  const thread = sampleThread(mailbox, 'late-10-days');

  await openMessage(page, 'sent', thread.invoiceNumber);
  await pane.getByRole('button', { name: 'Marquer pour suivi' }).waitFor();
  // Minified and content-hashed as `npm run build` writes it; the mail readers load to read the invoice.
  expect(loaded).toContain('taskpane');
  expect(loaded).toContain('mail-readers');
  expect(loaded).not.toContain('msal');

  await pane.getByRole('button', { name: 'Marquer pour suivi' }).click();
  await expectText(pane.getByRole('status'), 'Message marqué pour suivi, échéance le');
  // The real MSAL, from its own chunk, got its token from the host's Nested App Authentication bridge.
  expect(loaded).toContain('msal');
});
