import { readFileSync } from 'node:fs';
import { analyseReply } from '../src/core/reply/analyse-reply';
import { trainingReplies } from '../test/fixtures/replies/jsonl-corpus';
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.startsWith('  '));
const filter = process.argv[3] ?? '';
for (const line of lines) {
  if (!line.includes(filter)) continue;
  const id = line.trim().split(':')[0];
  const reply = trainingReplies.find((r) => r.id === id)!;
  const a = analyseReply({ text: reply.text, receivedOn: reply.receivedOn });
  console.log(`${line.trim()} [${reply.receivedOn} ${(reply as any).family}]\n    ${a.newText.replace(/\n+/g, ' | ').slice(0, 500)}`);
}
