/** How to address the contact in each language, from the civility given (never guessed). */
import type { Contact } from '../model/client';
import type { Language } from '../model/language';
import { cleanLine } from '../text/clean-text';
import type { ReminderView } from './reminder-view';
import { findCivility } from './civilities';

export function personView(contact: Contact, language: Language): ReminderView['contact'] {
  const lastName = cleanLine(contact.lastName);
  const fullName = [contact.firstName, lastName].map((part) => cleanLine(part ?? '')).filter(Boolean).join(' ');
  const civility = findCivility(contact.civility ? cleanLine(contact.civility) : undefined);
  const optional = (value: string | undefined) => (value && cleanLine(value)) || undefined;
  const base = { fullName, role: optional(contact.role), email: cleanLine(contact.email), phone: optional(contact.phone) };
  if (language === 'fr') {
    const formal = civility?.fr.long ?? 'Madame, Monsieur';
    return {
      ...base,
      salutation: civility ? `${civility.fr.long} ${lastName}` : fullName,
      letterSalutation: formal,
      formalAddress: formal,
      nameWithTitle: civility ? `${civility.fr.short} ${fullName}` : fullName,
    };
  }
  const titled = civility ? `${civility.en} ${lastName}` : fullName;
  return {
    ...base,
    salutation: titled,
    letterSalutation: `Dear ${titled}`,
    formalAddress: `Dear ${titled}`,
    nameWithTitle: civility ? `${civility.en} ${fullName}` : fullName,
  };
}
