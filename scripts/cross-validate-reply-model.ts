/**
 * `npx tsx scripts/cross-validate-reply-model.ts [--epochs 12 …]`: measures the reply reader on
 * text it was not trained on, from the training files only. Each blind author's file is left out
 * in turn: the models are trained on the project corpus and the other authors' files, then the
 * whole reader (models and the rules around them) reads the file left out. Prints per-fold and
 * mean intent and date accuracy. The held-out sets are never read here.
 */
import { decideReading } from '../src/core/reply/read-reply';
import { unpackModel } from '../src/core/reply/model/packed-model';
import { replyIntents } from '../src/core/reply/reply-reading';
import { replyCorpus } from '../test/fixtures/replies';
import { trainingReplies } from '../test/fixtures/replies/jsonl-corpus';
import { analyseAll, optionsFromArgs, trainModels, type AnalysedReply } from './train-reply-model';

/** The author of a training reply, from its id: "tra-0012" is author a's file. */
const authorOf = (id: string) => id.slice(0, id.indexOf('-'));

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

type FoldScore = { cases: number; intent: number; date: number; recall: Map<string, [number, number]>; misses: string[] };

function score(models: ReturnType<typeof trainModels>, cases: AnalysedReply[]): FoldScore {
  const unpacked = { intent: unpackModel(models.intent), date: unpackModel(models.date) };
  const recall = new Map<string, [number, number]>();
  const misses: string[] = [];
  let intent = 0;
  let date = 0;
  for (const { reply, analysis } of cases) {
    const reading = decideReading(analysis, undefined, unpacked);
    const right = recall.get(reply.expected.intent) ?? [0, 0];
    right[1] += 1;
    if (reading.intent === reply.expected.intent) {
      intent += 1;
      right[0] += 1;
    }
    recall.set(reply.expected.intent, right);
    const dateRight = (reading.date ?? null) === (reply.expected.date ?? null) && (reading.returnOn ?? null) === (reply.expected.returnOn ?? null);
    if (dateRight) date += 1;
    if (reading.intent !== reply.expected.intent || !dateRight) {
      const runnerUp = reading.alternative ? ` (then ${reading.alternative.intent}, sure ${reading.confidence})` : ` (sure ${reading.confidence})`;
      misses.push(`${reply.id}: ${reading.intent} ${reading.date ?? reading.returnOn ?? '-'} for ${reply.expected.intent} ${reply.expected.date ?? reply.expected.returnOn ?? '-'}${runnerUp}`);
    }
  }
  return { cases: cases.length, intent: intent / cases.length, date: date / cases.length, recall, misses };
}

function main() {
  const options = optionsFromArgs(process.argv);
  const project = analyseAll(replyCorpus);
  const training = analyseAll(trainingReplies);
  const authors = [...new Set(training.map(({ reply }) => authorOf(reply.id)))].sort();
  const folds: FoldScore[] = [];
  for (const author of authors) {
    const left = training.filter(({ reply }) => authorOf(reply.id) === author);
    const kept = [...project, ...training.filter(({ reply }) => authorOf(reply.id) !== author)];
    const fold = score(trainModels(kept, options), left);
    folds.push(fold);
    const recall = replyIntents.map((intent) => {
      const [right, total] = fold.recall.get(intent) ?? [0, 0];
      return total ? `${intent} ${right}/${total}` : '';
    }).filter(Boolean);
    console.log(`fold ${author} (${fold.cases} replies): intent ${percent(fold.intent)}, date ${percent(fold.date)}; recall ${recall.join(', ')}`);
    if (process.argv.includes('--misses')) for (const miss of fold.misses) console.log(`  ${miss}`);
  }
  const mean = (pick: (fold: FoldScore) => number) => folds.reduce((sum, fold) => sum + pick(fold), 0) / folds.length;
  const pooled = (pick: (fold: FoldScore) => number) => folds.reduce((sum, fold) => sum + pick(fold) * fold.cases, 0) / folds.reduce((sum, fold) => sum + fold.cases, 0);
  console.log(`mean of ${folds.length} folds: intent ${percent(mean((fold) => fold.intent))}, date ${percent(mean((fold) => fold.date))}; pooled: intent ${percent(pooled((fold) => fold.intent))}, date ${percent(pooled((fold) => fold.date))}`);
}

main();
