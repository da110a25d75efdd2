/**
 * Civilities as users type them, and how each language writes them. A civility Relance does not
 * know is kept as given rather than guessed; with none, the full name is used without a title.
 */
export type Civility = {
  fr: { long: string; short: string };
  en: string;
};

const madame: Civility = { fr: { long: 'Madame', short: 'Mme' }, en: 'Ms' };
const monsieur: Civility = { fr: { long: 'Monsieur', short: 'M.' }, en: 'Mr' };

export const civilities: Record<string, Civility> = {
  mme: madame,
  madame,
  mlle: madame,
  mademoiselle: madame,
  ms: madame,
  mrs: { fr: madame.fr, en: 'Mrs' },
  miss: { fr: madame.fr, en: 'Miss' },
  m: monsieur,
  mr: monsieur,
  monsieur,
  dr: { fr: { long: 'Docteur', short: 'Dr' }, en: 'Dr' },
  docteur: { fr: { long: 'Docteur', short: 'Dr' }, en: 'Dr' },
  doctor: { fr: { long: 'Docteur', short: 'Dr' }, en: 'Dr' },
  me: { fr: { long: 'Maître', short: 'Me' }, en: 'Maître' },
  maître: { fr: { long: 'Maître', short: 'Me' }, en: 'Maître' },
  maitre: { fr: { long: 'Maître', short: 'Me' }, en: 'Maître' },
};

export function findCivility(civility: string | undefined): Civility | undefined {
  if (!civility) return undefined;
  const key = civility.trim().toLowerCase().replace(/\.$/, '');
  return civilities[key] ?? { fr: { long: civility.trim(), short: civility.trim() }, en: civility.trim() };
}
