/**
 * Which column of an aged balance holds what. Exact headers first, then the longest vocabulary
 * phrase a header contains ("Montant TTC (EUR)"); each role goes to one column, the first. A
 * mapping the user chose in the import's mapping step wins over both.
 */
import { columnRoles, columnVocabulary, type ColumnRole } from './column-vocabulary';
import { foldHeader } from './fold-header';

export type ColumnMapping = Partial<Record<ColumnRole, number>>;

/** The user's choice: role to header text, as shown in the mapping step. */
export type ChosenColumns = Partial<Record<ColumnRole, string>>;

function containsPhrase(header: string, phrase: string): boolean {
  return ` ${header} `.includes(` ${phrase} `);
}

function roleOf(header: string, taken: Set<ColumnRole>): ColumnRole | undefined {
  for (const role of columnRoles) {
    if (!taken.has(role) && columnVocabulary[role].includes(header)) return role;
  }
  let best: { role: ColumnRole; length: number } | undefined;
  for (const role of columnRoles) {
    if (taken.has(role)) continue;
    for (const phrase of columnVocabulary[role]) {
      if (phrase.length > (best?.length ?? 3) && containsPhrase(header, phrase)) best = { role, length: phrase.length };
    }
  }
  return best?.role;
}

export function mapColumns(headers: readonly string[], chosen: ChosenColumns = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ColumnRole>();
  const folded = headers.map(foldHeader);
  for (const role of columnRoles) {
    const wanted = chosen[role];
    if (wanted === undefined) continue;
    const index = folded.indexOf(foldHeader(wanted));
    if (index >= 0) {
      mapping[role] = index;
      taken.add(role);
    }
  }
  const used = new Set(Object.values(mapping));
  folded.forEach((header, index) => {
    if (used.has(index) || header === '') return;
    const role = roleOf(header, taken);
    if (role) {
      mapping[role] = index;
      taken.add(role);
    }
  });
  return mapping;
}

/** The roles without which a row cannot become a followed invoice. */
export function missingRoles(mapping: ColumnMapping): ColumnRole[] {
  const missing: ColumnRole[] = (['number', 'client', 'dueDate'] as const).filter((role) => mapping[role] === undefined);
  if (mapping.amount === undefined && mapping.balance === undefined) missing.push('amount');
  return missing;
}
