/** A rate as a reader expects it: "12,15 %" (no-break space) / "12.15%". */
import type { Language } from '../model/language';

export function formatPercent(percent: number, language: Language): string {
  const text = (Math.round(percent * 100) / 100).toFixed(2);
  return language === 'fr' ? `${text.replace('.', ',')}\u00a0%` : `${text}%`;
}
