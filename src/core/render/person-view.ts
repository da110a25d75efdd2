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
  const role = optional(contact.role);
  const email = cleanLine(contact.email);
  const phone = optional(contact.phone);
  // Written out rather than spread from a shared base: V8 copies a spread object slowly, and a batch builds thousands.
  if (language === 'fr') {
    const formal = civility?.fr.long ?? 'Madame, Monsieur';
    return {
      fullName,
      role,
      email,
      phone,
      salutation: civility ? `${civility.fr.long} ${lastName}` : fullName,
      letterSalutation: formal,
      formalAddress: formal,
      nameWithTitle: civility ? `${civility.fr.short} ${fullName}` : fullName,
    };
  }
  const titled = civility ? `${civility.en} ${lastName}` : fullName;
  return {
    fullName,
    role,
    email,
    phone,
    salutation: titled,
    letterSalutation: `Dear ${titled}`,
    formalAddress: `Dear ${titled}`,
    nameWithTitle: civility ? `${civility.en} ${fullName}` : fullName,
  };
}
