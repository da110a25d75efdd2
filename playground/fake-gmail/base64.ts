/** Base64 and UTF-8 as the browser and Node both have them (atob, btoa, TextEncoder), so the Gmail fakes run in either. */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

function binaryOf(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

/** Apps Script's charsets: UTF_8 encodes each character as UTF-8; US_ASCII (the default) keeps the low byte of each. */
export function encodeBase64(data: string, charset: 'utf8' | 'latin1'): string {
  if (charset === 'utf8') return btoa(binaryOf(encoder.encode(data)));
  let low = '';
  for (let index = 0; index < data.length; index += 1) low += String.fromCharCode(data.charCodeAt(index) & 0xff);
  return btoa(low);
}

/** Base64 (or base64url) text back to the UTF-8 text it encodes. */
export function decodeBase64(encoded: string): string {
  const standard = encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '');
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='));
  return decoder.decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}
