/**
 * The Gmail side of the playground (`npm start`, then gmail.html): the real Gmail handlers on the
 * Apps Script fakes, over the same sample mailbox as the Outlook side. `?today=YYYY-MM-DD` pins the
 * day, `?lang=en` shows Gmail in English.
 */
import { render } from 'preact';
import { type IsoDate, isIsoDate } from '../../src/core';
import { sampleMailbox } from '../../examples/mailbox/sample-mailbox';
import manifest from '../../appsscript.json';
import { clockFor, createGmailHost } from './gmail-host';
import { GmailPlayground } from './GmailPlayground';

const query = new URLSearchParams(window.location.search);
const pinned = query.get('today');
const now = clockFor(pinned && isIsoDate(pinned) ? pinned : undefined);
const day = now();
const today = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}` as IsoDate;
const language = query.get('lang') === 'en' ? 'en' : 'fr';
const host = createGmailHost(sampleMailbox(today), now);
const draftAccess = (manifest.addOns.gmail.composeTrigger as { draftAccess?: 'NONE' | 'METADATA' }).draftAccess ?? 'NONE';
// The page is the test's too: the fake Gmail's state, to check what the add-on did.
(window as unknown as { relanceGmail: typeof host }).relanceGmail = host;

const root = document.getElementById('gmail');
if (root) render(<GmailPlayground host={host} language={language} today={today} draftAccess={draftAccess} outlookHref={`index.html${window.location.search}`} />, root);
