/**
 * Day counts in words, one place for the plural: "1 jour", "3 jours" / "1 day", "3 days"; and a
 * time to come: "aujourd'hui", "demain", "dans 3 jours" / "today", "tomorrow", "in 3 days".
 */
import type { Language } from '../model/language';

export function dayCount(days: number, language: Language): string {
  if (language === 'fr') return `${days}\u00a0jour${Math.abs(days) >= 2 ? 's' : ''}`;
  return `${days}\u00a0day${Math.abs(days) === 1 ? '' : 's'}`;
}

export function dayCountAhead(days: number, language: Language): string {
  if (days === 0) return language === 'fr' ? "aujourd’hui" : 'today';
  if (days === 1) return language === 'fr' ? 'demain' : 'tomorrow';
  return language === 'fr' ? `dans ${dayCount(days, language)}` : `in ${dayCount(days, language)}`;
}
