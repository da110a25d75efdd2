/**
 * Text from a user or a client, made harmless to lay out: NFC, no control characters, no
 * bidirectional overrides or zero-width characters (they can disguise an IBAN or a name),
 * no lone surrogates. HTML is not touched here: it is escaped where HTML is written.
 */
const invisibles = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ue000-\uf8ff]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(text: string): string {
  return text.replace(loneSurrogates, '').normalize('NFC').replace(invisibles, '').replace(/\r\n?/g, '\n');
}

/** One line of text: line breaks and runs of spaces fold into one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}
