// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/outlook/app/copy-text';

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

afterEach(() => {
  vi.restoreAllMocks();
  stubClipboard(undefined);
});

describe('copyText', () => {
  it('uses the Clipboard API where the webview allows it', async () => {
    const writeText = vi.fn(async () => undefined);
    stubClipboard(writeText);
    expect(await copyText('a;b')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('a;b');
  });

  it('falls back to copying a selection when the Clipboard API is refused, and leaves nothing behind', async () => {
    stubClipboard(async () => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    let selected = '';
    document.execCommand = vi.fn(() => {
      selected = (document.activeElement as HTMLTextAreaElement | null)?.value ?? document.querySelector('textarea')?.value ?? '';
      return true;
    });
    expect(await copyText('a;b')).toBe(true);
    expect(selected).toBe('a;b');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('says it failed when neither way works', async () => {
    stubClipboard(undefined);
    document.execCommand = vi.fn(() => false);
    expect(await copyText('a;b')).toBe(false);
  });
});
