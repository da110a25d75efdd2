import { analyseReply } from '../src/core/reply/analyse-reply';
import { trainingReplies } from '../test/fixtures/replies/jsonl-corpus';
let total = 0, covered = 0;
const missing: string[] = [];
for (const reply of trainingReplies) {
  const e = reply.expected;
  if (!e.date || !['promise', 'paid', 'payment-plan'].includes(e.intent)) continue;
  total++;
  const a = analyseReply({ text: reply.text, receivedOn: reply.receivedOn });
  const c = e.intent === 'paid' ? a.dates.backward : a.dates.forward;
  if (c.some((l) => l.date === e.date)) covered++;
  else missing.push(`${reply.id} ${e.intent} ${e.date} [${reply.receivedOn}] got ${c.map((l) => l.date + '«' + l.text + '»').join(' ')} :: ${a.newText.replace(/\n+/g, ' | ').slice(0, 300)}`);
}
console.log(`covered ${covered}/${total}`);
if (process.argv.includes('-v')) console.log(missing.join('\n'));
