/** One client across its invoices: by the contact's address when known, else by the company's folded name. */
export type ClientIdentity = { company: string; contact?: { email?: string }; email?: string };

export function clientKey(client: ClientIdentity): string {
  const email = (client.contact?.email ?? client.email ?? '').trim().toLowerCase();
  const domain = email.includes('@') ? email.slice(email.indexOf('@') + 1) : '';
  const company = client.company
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  // The company name is the key; the mail domain only separates two homonyms.
  return domain ? `${company}@${domain}` : company;
}
