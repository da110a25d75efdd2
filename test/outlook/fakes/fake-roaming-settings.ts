/**
 * Outlook roaming settings across panes and devices, as the host keeps them (HOST-FACTS, Outlook;
 * typings of `RoamingSettings`): one saved set per add-in and mailbox (`FakeRoamingMailbox`), read
 * once when a pane starts (`openPane`), never refreshed while it runs; `set` throws 9057 past 32 KB;
 * `saveAsync` answers later and writes the pane's whole set, so the last save wins and another
 * pane's changes made meanwhile are lost. Two panes are two instances over one mailbox.
 */
import type { Callback, RoamingSettingsLike } from '../../../src/outlook/office/office-host';
import { officeErrors, type OfficeErrorSpec } from './fake-office';

export const roamingLimitBytes = 32 * 1024;

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

export class FakeRoamingMailbox {
  saved: Record<string, unknown>;
  saves = 0;

  constructor(initial: Record<string, unknown> = {}) {
    this.saved = structuredClone(initial);
  }

  openPane(): FakeRoamingPane {
    return new FakeRoamingPane(this);
  }
}

export class FakeRoamingPane implements RoamingSettingsLike {
  private values: Record<string, unknown>;
  private readonly failures: OfficeErrorSpec[] = [];
  private readonly setFailures: OfficeErrorSpec[] = [];

  constructor(private readonly mailbox: FakeRoamingMailbox) {
    this.values = structuredClone(mailbox.saved);
  }

  /** The next saves fail with these Office errors (a network drop, a server error). */
  failNextSave(...errors: OfficeErrorSpec[]): this {
    this.failures.push(...errors);
    return this;
  }

  /** The next `set` calls throw these errors. */
  failNextSet(...errors: OfficeErrorSpec[]): this {
    this.setFailures.push(...errors);
    return this;
  }

  get(name: string): unknown {
    return this.values[name];
  }

  set(name: string, value: unknown): void {
    const injected = this.setFailures.shift();
    if (injected) throw Object.assign(new Error(injected.message), injected);
    const next = { ...this.values, [name]: value };
    if (bytes(next) > roamingLimitBytes) throw Object.assign(new Error(officeErrors.sizeLimit.message), officeErrors.sizeLimit);
    this.values = next;
  }

  remove(name: string): void {
    const next = { ...this.values };
    delete next[name];
    this.values = next;
  }

  saveAsync(callback: Callback<void>): void {
    // What is saved is the set as it is when the save runs, whole.
    const snapshot = structuredClone(this.values);
    const failure = this.failures.shift();
    setImmediate(() => {
      if (failure) {
        callback({ status: 'failed' as unknown as Office.AsyncResultStatus, error: { ...failure } as Office.Error, value: undefined, asyncContext: undefined, diagnostics: undefined });
        return;
      }
      this.mailbox.saved = snapshot;
      this.mailbox.saves += 1;
      callback({ status: 'succeeded' as unknown as Office.AsyncResultStatus, value: undefined, error: undefined as unknown as Office.Error, asyncContext: undefined, diagnostics: undefined });
    });
  }
}
