/** The aged-balance import and the Today view at the size of a large book: 10,000 rows read, 5,000 invoices planned. */
import { addDays } from '../src/core/dates/add-days';
import { planToday, readAgedBalance, type Client, type FollowUpHistory, type Invoice } from '../src/core';

const today = '2026-12-03';

function agedBalanceCsv(rows: number): string {
  const lines = ['Balance âgée clients au 03/12/2026', '', 'Client;N° de facture;Date facture;Échéance;Montant TTC;Reste dû;Email'];
  for (let index = 0; index < rows; index++) {
    const due = addDays(today, (index % 120) - 60);
    const [year, month, day] = due.split('-');
    const issued = addDays(due, -30).split('-');
    const amount = (100 + (index % 997) * 13.37).toFixed(2).replace('.', ',');
    lines.push(`Client ${index % 400} SARL;F-${String(index).padStart(6, '0')};${issued[2]}/${issued[1]}/${issued[0]};${day}/${month}/${year};${amount};${amount};compta${index % 400}@client.fr`);
  }
  return lines.join('\r\n');
}

function followed(count: number): { invoice: Invoice; client: Client; history: FollowUpHistory }[] {
  return Array.from({ length: count }, (_, index) => {
    const offset = (index % 80) - 15;
    const invoice: Invoice = { number: `F-${index}`, issueDate: addDays(today, -offset - 30), dueDate: addDays(today, -offset), amount: { value: 100 + (index % 997) * 13.37, currency: 'EUR' } };
    const client: Client = { company: `Client ${index % 500}`, contact: { lastName: 'Martin', email: `compta${index % 500}@client.fr` } };
    return { invoice, client, history: { sent: offset > 10 ? [{ step: 'overdue-1', on: addDays(today, -offset + 7) }] : [] } };
  });
}

export function benchToday(): string[] {
  const csv = agedBalanceCsv(10_000);
  let start = performance.now();
  const read = readAgedBalance({ text: csv, language: 'fr' });
  const readSeconds = (performance.now() - start) / 1000;
  const records = followed(5_000);
  start = performance.now();
  const plan = planToday({ records, today });
  const planMs = performance.now() - start;
  return [
    `read an aged balance: 10,000 rows (${read.rows.length} invoices, ${read.problems.length} problems, ${(csv.length / 1024).toFixed(0)} KB) in ${readSeconds.toFixed(3)} s (budget: 1 s)`,
    `plan today: 5,000 followed invoices (${plan.clients.length} clients to write to) in ${planMs.toFixed(0)} ms (budget: 200 ms)`,
  ];
}
