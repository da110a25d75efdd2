/** `npm run bench`: every speed and size budget of Relance, printed as figures. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchPlanRender } from './plan-render';

type Bench = () => string[] | Promise<string[]>;

const optional: Array<[string, string, string]> = [
  ['read-reply.ts', 'benchReadReply', 'Reply reader'],
  ['read-reply.ts', 'benchExtractInvoice', 'Invoice extractor'],
  ['read-reply.ts', 'benchHostileMail', 'Hostile mail'],
  ['outlook-size.ts', 'benchOutlookSize', 'Outlook task pane'],
  ['gmail.ts', 'benchGmail', 'Gmail add-on'],
  ['today.ts', 'benchToday', 'Aged balance and today'],
];

console.log('Reminder engine');
for (const line of benchPlanRender()) console.log(`  ${line}`);
for (const [file, name, title] of optional) {
  const path = join(import.meta.dirname, file);
  if (!existsSync(path)) continue;
  const module = (await import(path)) as Record<string, Bench | undefined>;
  const bench = module[name];
  if (!bench) continue;
  console.log(title);
  for (const line of await bench()) console.log(`  ${line}`);
}
