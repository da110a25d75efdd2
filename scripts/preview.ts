/**
 * Renders every reminder of the sample invoices, in French and English, to the terminal and to
 * preview/<lang>/<step>.{txt,html}: the quickest way to read what Relance writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeError, renderReminder } from '../src/core';
import { stepIds } from '../src/core/model/step';
import { sampleRenderInput } from '../examples/sample-render-input';

const out = join(import.meta.dirname, '..', 'preview');
const quiet = process.argv.includes('--quiet');
let failures = 0;
for (const language of ['fr', 'en'] as const) {
  mkdirSync(join(out, language), { recursive: true });
  for (const step of stepIds) {
    try {
      const reminder = renderReminder(sampleRenderInput(step, language));
      writeFileSync(join(out, language, `${step}.txt`), `${reminder.subject}\n\n${reminder.text}\n`);
      writeFileSync(join(out, language, `${step}.html`), `<!doctype html><meta charset="utf-8"><title>${step}</title><h3>${reminder.subject}</h3>${reminder.html}`);
      if (!quiet) console.log(`\n━━━ ${language} · ${step} (${reminder.channel}) ━━━\n${reminder.subject}\n\n${reminder.text}`);
    } catch (error) {
      failures += 1;
      const { title, details } = describeError(error, language);
      console.error(`\n✗ ${language} · ${step}: ${title}\n  ${details.join('\n  ')}${details.length ? '' : `\n  ${String(error)}`}`);
    }
  }
}
console.log(`\nPreviews written to ${out}`);
process.exitCode = failures > 0 ? 1 : 0;
