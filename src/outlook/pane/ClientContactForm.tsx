/** The contact a client's reminders greet, given once for all of its invoices; each refused field is named beside it. */
import { useState } from 'preact/hooks';
import { type Client, describeError, describeIssue, fieldLabel, type Language, RelanceError } from '../../core';
import { capitalised } from './capitalised';
import { paneStrings } from './strings';
import { todayStrings } from './today-strings';

export type ClientContactFormProps = {
  client: Client;
  language: Language;
  /** Saves the contact on each of the client's invoices; rejects with the core's error. */
  onSave: (contact: Client['contact']) => Promise<void>;
};

const fields = [
  { name: 'civility', optional: true },
  { name: 'firstName', optional: true },
  { name: 'lastName', optional: false },
  { name: 'email', optional: false },
] as const;

export function ClientContactForm({ client, language, onSave }: ClientContactFormProps) {
  const strings = todayStrings[language].contacts;
  const [contact, setContact] = useState<Client['contact']>(client.contact);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // Ids unique in the pane: several clients may be completed on the same screen.
  const prefix = `contact-${client.company.replace(/[^\w-]/g, '_')}`;
  const issues = error instanceof RelanceError ? error.issues : [];
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSave(contact);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void save(event)} aria-busy={busy}>
      {fields.map(({ name, optional }) => {
        const id = `${prefix}-${name}`;
        const path = `client.contact.${name}`;
        const problems = issues.filter((issue) => issue.field === path);
        return (
          <div class="field" key={name}>
            <label for={id}>
              {capitalised(fieldLabel(path, language))}
              {optional && <span class="optional"> ({paneStrings[language].form.optional})</span>}
            </label>
            <input
              id={id}
              type={name === 'email' ? 'email' : 'text'}
              value={contact[name] ?? ''}
              aria-invalid={problems.length > 0}
              aria-describedby={problems.length > 0 ? `${id}-error` : undefined}
              onInput={(event) => setContact({ ...contact, [name]: event.currentTarget.value })}
            />
            {problems.length > 0 && (
              <p class="field-error" id={`${id}-error`}>
                {problems.map((issue) => describeIssue(issue, language)).join(' · ')}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" disabled={busy}>
        {strings.save}
      </button>
      {error !== undefined && issues.length === 0 && (
        <p role="alert" class="error">
          {describeError(error, language).title}
        </p>
      )}
    </form>
  );
}
