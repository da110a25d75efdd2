/**
 * A card's text as Gmail draws it: only the tags of "Card text formatting"
 * (https://developers.google.com/workspace/add-ons/concepts/widgets#text_formatting: <b>, <i>,
 * <u>, <s>, <font color>, <a href>, <br>) become elements; everything else is text, never HTML.
 */
import type { ComponentChildren, JSX } from 'preact';
import { h } from 'preact';

const tagPattern = /<(\/?)(b|i|u|s|br|font|a)(\s[^<>]*)?>/gi;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };

/** `&amp;`, `&lt;`, `&#160;`… as the characters they stand for; an unknown entity stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(attributes)?.[1];
}

type Frame = { tag: string; attributes: string; children: ComponentChildren[] };

function element(frame: Frame): JSX.Element {
  if (frame.tag === 'font') {
    const color = attribute(frame.attributes, 'color');
    // Gmail draws <font color> in the colour given; only a plain hex colour is taken here.
    return h('span', color && /^#[0-9a-f]{3,8}$/i.test(color) ? { style: { color }, class: 'font-color' } : {}, frame.children);
  }
  if (frame.tag === 'a') {
    const href = decodeEntities(attribute(frame.attributes, 'href') ?? '');
    const safe = /^(?:https?:|mailto:)/i.test(href) ? href : undefined;
    return h('a', safe ? { href: safe, target: '_blank', rel: 'noopener noreferrer' } : {}, frame.children);
  }
  return h(frame.tag, {}, frame.children);
}

/** The markup as Preact nodes: allowed tags nested as written, unclosed ones closed at the end. */
export function cardMarkup(markup: string): ComponentChildren[] {
  const root: Frame = { tag: 'root', attributes: '', children: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let last = 0;
  for (const match of markup.matchAll(tagPattern)) {
    if (match.index > last) top().children.push(decodeEntities(markup.slice(last, match.index)));
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    if (tag === 'br') {
      top().children.push(h('br', {}));
    } else if (!closing) {
      stack.push({ tag, attributes: match[3] ?? '', children: [] });
    } else if (stack.some((frame) => frame.tag === tag && frame !== root)) {
      while (stack.length > 1) {
        const frame = stack.pop() as Frame;
        top().children.push(element(frame));
        if (frame.tag === tag) break;
      }
    }
  }
  if (last < markup.length) top().children.push(decodeEntities(markup.slice(last)));
  while (stack.length > 1) {
    const frame = stack.pop() as Frame;
    top().children.push(element(frame));
  }
  return root.children;
}
