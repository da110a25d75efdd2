/** Every path a template may read, taken from a fully populated view so it cannot drift from the type. */
import { buildReminderView } from '../../src/core/render/build-reminder-view';
import { durand, durandInvoice, durandSecondInvoice, durandUpcomingInvoice, fullHistory, lumen } from '../../examples/sample-data';

function collect(value: unknown, prefix: string, into: Set<string>): void {
  if (Array.isArray(value)) {
    into.add(prefix);
    for (const item of value) collect(item, `${prefix}[]`, into);
    return;
  }
  if (value !== null && typeof value === 'object') {
    if (prefix) into.add(prefix);
    for (const [key, child] of Object.entries(value)) collect(child, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  into.add(prefix);
}

export function knownViewPaths(): Set<string> {
  const view = buildReminderView(
    {
      step: 'formal-notice',
      invoices: [durandInvoice, durandSecondInvoice, durandUpcomingInvoice],
      client: durand,
      sender: lumen,
      today: '2026-05-20',
      history: fullHistory,
      terms: { jurisdiction: 'FR' },
    },
    'formal-notice',
    'fr',
  );
  // Dated part payments show on a single invoice only.
  const partlyPaid = buildReminderView(
    {
      step: 'formal-notice',
      invoices: [durandSecondInvoice],
      client: durand,
      sender: lumen,
      today: '2026-05-20',
      history: { sent: [], partialPayments: [{ on: '2026-04-10', amount: { value: 500, currency: 'EUR' } }] },
      terms: { jurisdiction: 'FR' },
    },
    'formal-notice',
    'fr',
  );
  const paths = new Set<string>();
  collect(view, '', paths);
  collect(partlyPaid, '', paths);
  // Inside {{#each list}} a path reads `list[].x`; the collector writes the same form.
  return paths;
}
