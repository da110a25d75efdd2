/**
 * `npx tsx scripts/write-known-reply-misses.ts`: after retraining, lists the training replies the
 * reader still misreads into test/fixtures/replies/known-misses.ts, with what it reads. Never the
 * held-out set: its cases are not tests.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readReply } from '../src/core/reply/read-reply';
import { replyCorpus } from '../test/fixtures/replies';
import { trainingReplies } from '../test/fixtures/replies/jsonl-corpus';

const lines: string[] = [];
for (const reply of [...replyCorpus, ...trainingReplies]) {
  const reading = readReply({ text: reply.text, receivedOn: reply.receivedOn });
  const expected = reply.expected;
  const what: string[] = [];
  if (reading.intent !== expected.intent) what.push(`reads ${reading.intent} for ${expected.intent}`);
  if ((reading.date ?? null) !== (expected.date ?? null)) what.push(`date ${reading.date ?? 'none'} for ${expected.date ?? 'none'}`);
  if ((reading.returnOn ?? null) !== (expected.returnOn ?? null)) what.push(`return ${reading.returnOn ?? 'none'} for ${expected.returnOn ?? 'none'}`);
  if (what.length > 0) lines.push(`  '${reply.id}': '${what.join('; ')}',`);
}
const file = resolve(import.meta.dirname, '../test/fixtures/replies/known-misses.ts');
writeFileSync(
  file,
  `/**
 * Training replies the reader still misreads, with what it reads. None is hard-coded: each runs
 * as an expected failure in reply-corpus.test.ts, and leaves this list when the reader gets it
 * right. Regenerate after retraining (npx tsx scripts/write-known-reply-misses.ts); never add a
 * held-out reply here.
 */
export const knownMisses: Record<string, string> = {
${lines.join('\n')}
};
`,
);
console.log(`${lines.length} known misses written to ${file}`);
