import { replyChrono } from '../src/core/reply/dates/reply-chrono';
import { analyseReply } from '../src/core/reply/analyse-reply';
import { trainingReplies } from '../test/fixtures/replies/jsonl-corpus';
import { replyCorpus } from '../test/fixtures/replies';
const all = [...replyCorpus, ...trainingReplies];
const name = (p: any) => (p.inner ?? p).constructor.name;
const instances = (['fr', 'en'] as const).flatMap((l) => [replyChrono(l, false), replyChrono(l, true)]);
const originals = instances.map((c: any) => [...c.parsers]);
// Sentences and dates as analyseReply sees them, with fresh caches: vary receivedOn by a salt so caches miss.
function run(salt: number) {
  const out: string[] = [];
  const t = performance.now();
  for (const r of all) {
    const a = analyseReply({ text: r.text + ' '.repeat(salt), receivedOn: r.receivedOn });
    out.push(JSON.stringify([a.dates.forward.map((d) => d.date + d.text), a.dates.backward.map((d) => d.date + d.text)]));
  }
  return { out, ms: performance.now() - t };
}
run(0);
const base = run(1);
console.log('base ms', base.ms.toFixed(0));
const names = [...new Set(originals.flatMap((ps) => ps.map(name)))];
let salt = 2;
for (const n of names) {
  instances.forEach((c: any, i) => { c.parsers = originals[i]!.filter((p: any) => name(p) !== n); });
  const r = run(salt++);
  const diff = r.out.filter((o, i) => o !== base.out[i]).length;
  console.log(n.padEnd(40), 'ms', r.ms.toFixed(0), 'saved', (base.ms - r.ms).toFixed(0), 'replies changed', diff);
  instances.forEach((c: any, i) => { c.parsers = originals[i]; });
}
