import { replyChrono } from '../src/core/reply/dates/reply-chrono';
import { readReply } from '../src/core/reply/read-reply';
import { trainingReplies } from '../test/fixtures/replies/jsonl-corpus';
const seen: Array<[string, number]> = [];
for (const lang of ['fr', 'en'] as const) for (const mf of [false, true]) { const c = replyChrono(lang, mf); const orig = c.parse.bind(c); (c as any).parse = (t: string, r: any, o: any) => { const x = orig(t, r, o); seen.push([t, x.length]); return x; }; }
for (const r of trainingReplies) readReply({ text: r.text, receivedOn: r.receivedOn });
const empty = seen.filter(([, n]) => n === 0);
console.log('calls', seen.length, 'empty', empty.length, 'per reply', (seen.length / trainingReplies.length).toFixed(2));
const digitsOnly = empty.filter(([t]) => !/[a-z]/.test(t.replace(/\d/g, '')) ).length;
console.log(empty.slice(0, 25).map(([t]) => t.slice(0, 100)).join('\n'));
