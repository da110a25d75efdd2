/**
 * Follow-up records as real mailboxes make them: Exchange item ids of about 150 characters (Graph
 * docs examples are 152: HOST-FACTS, Outlook), Gmail ids of 16 hex digits, French company names
 * with accents, and the three events of a typical invoice (a reminder drafted, then seen sent, then
 * a promise read from the reply, with the client's sentence).
 */
import type { FollowUpRecord } from '../../../src/core';

const companies = ['Boulangeries Durand', 'Atelier Lefèvre & Fils', 'Société Générale d’Équipement', 'Transports Marchand SARL', 'Cabinet Rousseau Conseil', 'Épicerie fine Moreau'];
const firstNames = ['Claire', 'Hélène', 'Jérôme', 'François', 'Amélie', 'Benoît'];
const lastNames = ['Durand', 'Lefèvre', 'Garnier', 'Marchand', 'Rousseau', 'Moreau'];

/** A 152-character Exchange item id, as Graph returns them (base64 of the entry id). */
export function exchangeId(n: number): string {
  const tail = n.toString(36).toUpperCase().padStart(8, 'A');
  const id = `AAMkAGVmMDEzMTM4LTZmYWUtNDdkNC1hMDZiLTU1OGY5OTZhYmY4OABGAAAAAAAiQ8W967B7TKBjgx9rVEURBwAiIsqMbYjsT5e-T7KzowPTAAAAAAEMAAAiIsqMbYjsT5e-T7KzowPTAAA${tail}AAA=`;
  return id;
}

export function gmailId(n: number): string {
  return (0x18c2f0a9b1d30000n + BigInt(n)).toString(16).padStart(16, '0');
}

export function sampleRecord(n: number, ids: 'exchange' | 'gmail' = 'exchange'): FollowUpRecord {
  const id = ids === 'exchange' ? exchangeId : gmailId;
  const pick = <T>(list: T[]) => list[n % list.length]!;
  const company = `${pick(companies)} ${n}`;
  const last = pick(lastNames);
  return {
    invoice: { number: `F-2026-${String(n).padStart(4, '0')}`, issueDate: '2026-02-14', dueDate: '2026-03-16', amount: { value: 1250.5 + n, currency: 'EUR' } },
    client: {
      company,
      contact: { civility: 'Mme', firstName: pick(firstNames), lastName: last, email: `${last.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')}.compta@client-${n}.fr` },
    },
    threadId: id(n * 10 + 1),
    events: [
      { kind: 'drafted', on: '2026-03-23', step: 'overdue-1' },
      { kind: 'sent', on: '2026-03-23', step: 'overdue-1', seenIn: 'thread', messageId: id(n * 10 + 2) },
      { kind: 'promise', on: '2026-03-25', date: '2026-04-10', loggedOn: '2026-03-25', evidence: 'Le virement partira le 10 avril, comme convenu avec notre DAF.', messageId: id(n * 10 + 3) },
    ],
  };
}
