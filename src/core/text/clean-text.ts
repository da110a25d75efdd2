/**
 * Text from a user or a client, made harmless to lay out: NFC, no control characters, no
 * bidirectional overrides or zero-width characters (they can disguise an IBAN or a name),
 * no lone surrogates. HTML is not touched here: it is escaped where HTML is written.
 */
const invisibles = /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ue000-\uf8ff]/g;
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const plainText = /^[\x20-\x7e\n\u00a0-\u00ac\u00ae-\u02ff]*$/;

export function cleanText(text: string): string {
  // Most fields are plain Latin text: nothing to strip, and already NFC.
  if (plainText.test(text)) return text;
  return text.replace(loneSurrogates, '').normalize('NFC').replace(invisibles, '').replace(/\r\n?/g, '\n');
}

/**
 * Breaking white space: a run of it folds into one space. A no-break space (U+00A0, U+202F, U+2007)
 * is kept, since the admin typed it on purpose ("20 000 €", "Siège social : …") so the line does not break there.
 */
const breakingSpace = /[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;

/** One line of text: line breaks and runs of spaces fold into one space. */
const alreadyOneLine = /^[\x21-\x7e\u00a1-\u00ac\u00ae-\u02ff](?:[\x21-\x7e\u00a1-\u00ac\u00ae-\u02ff]| (?! ))*$/;

export function cleanLine(text: string): string {
  if (alreadyOneLine.test(text) && !text.endsWith(' ')) return text;
  return cleanText(text).replace(breakingSpace, ' ').trim();
}
