import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/reply/html-to-text';

describe('htmlToText', () => {
  it('turns blocks and breaks into lines and decodes entities', () => {
    expect(htmlToText('<div>Bonjour,</div><p>Virement de 2&nbsp;000&nbsp;&euro; le&#160;15.<br>Cordialement</p>')).toBe('Bonjour,\nVirement de 2\u00a0000\u00a0€ le\u00a015.\nCordialement\n');
  });

  it('turns a blockquote into "> " lines, as plain-text mail quotes', () => {
    expect(htmlToText('<p>Ok</p><blockquote><div>Facture impayée</div><div>Merci</div></blockquote>')).toBe('Ok\n\n> Facture impayée\n> Merci\n');
  });

  it('drops scripts, styles and comments', () => {
    expect(htmlToText('<style>p{color:red}</style><script>alert(1)</script><!-- x --><p>Texte</p>')).toBe('Texte\n');
  });

  it('leaves plain text alone, even with angle brackets', () => {
    expect(htmlToText('Claire Martin <c.martin@atelier-lumen.fr> a écrit :')).toBe('Claire Martin <c.martin@atelier-lumen.fr> a écrit :');
  });
});
