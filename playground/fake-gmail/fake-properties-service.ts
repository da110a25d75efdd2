/**
 * Apps Script properties with their documented quotas: a value of at most 9 KB and at most 500 KB
 * a store, keys included. Past either, the write throws and changes nothing, as Apps Script does.
 * `failNext` makes the next writes fail like a service outage.
 */
import { utf8Bytes } from './base64';

export const valueLimitBytes = 9 * 1024;
export const storeLimitBytes = 500 * 1024;

const bytes = utf8Bytes;

export class FakeProperties {
  readonly data = new Map<string, string>();
  readonly writes: string[][] = [];
  failNext: Error[] = [];

  usedBytes(data: Map<string, string> = this.data): number {
    let total = 0;
    for (const [key, value] of data) total += bytes(key) + bytes(value);
    return total;
  }

  largestValueBytes(): number {
    return Math.max(0, ...[...this.data.values()].map(bytes));
  }

  private commit(next: Map<string, string>, keys: string[]): void {
    const failure = this.failNext.shift();
    if (failure) throw failure;
    for (const key of keys) {
      const value = next.get(key);
      if (value !== undefined && bytes(value) > valueLimitBytes) throw new Error('Argument too large: value');
    }
    if (this.usedBytes(next) > storeLimitBytes) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.data.clear();
    for (const [key, value] of next) this.data.set(key, value);
    this.writes.push(keys);
  }

  getProperty(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
  setProperty(key: string, value: string): this {
    const next = new Map(this.data);
    next.set(key, String(value));
    this.commit(next, [key]);
    return this;
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [key, value] of Object.entries(properties)) next.set(key, String(value));
    this.commit(next, Object.keys(properties));
    return this;
  }
  deleteProperty(key: string): this {
    this.data.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.data.clear();
    return this;
  }

  asProperties(): GoogleAppsScript.Properties.Properties {
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

export function fakePropertiesService(user: FakeProperties, script: FakeProperties): GoogleAppsScript.Properties.PropertiesService {
  return {
    getUserProperties: () => user.asProperties(),
    getScriptProperties: () => script.asProperties(),
    getDocumentProperties: () => null,
  } as unknown as GoogleAppsScript.Properties.PropertiesService;
}
