// The fake events carry only what Gmail sends: no recipients under draftAccess NONE, dates as midnight UTC.
import { describe, expect, it } from 'vitest';
import { addonEvent, composeEvent, manifestDraftAccess } from './fake-events';
import { clientEmail } from './fake-host';

describe('the fake compose event', () => {
  it("carries the draft's recipients only under draftAccess METADATA", () => {
    expect(composeEvent({ toRecipients: [clientEmail], draftAccess: 'NONE' }).gmail?.toRecipients).toBeUndefined();
    expect(composeEvent({ toRecipients: [clientEmail], draftAccess: 'METADATA' }).gmail?.toRecipients).toEqual([clientEmail]);
  });

  it('follows the manifest, which asks for NONE', () => {
    expect(manifestDraftAccess()).toBe('NONE');
    expect(composeEvent({ toRecipients: [clientEmail] }).gmail?.toRecipients).toBeUndefined();
  });
});

describe('the fake date picker input', () => {
  it('sends the day picked as midnight UTC, whatever the user time zone', () => {
    for (const timeZone of ['Pacific/Auckland', 'Europe/Paris', 'America/Los_Angeles']) {
      const input = addonEvent({ timeZone, dates: { dueDate: '2026-03-16' } }).commonEventObject?.formInputs?.dueDate;
      expect(Number(input?.dateInput?.msSinceEpoch)).toBe(Date.UTC(2026, 2, 16));
    }
  });
});
