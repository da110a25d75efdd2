/**
 * A fictional supplier and its clients, used by the preview, the tests and the playground.
 * Atelier Lumen (Lyon) designs websites; Northgate Supplies (Leeds) sells office equipment.
 */
import type { Client, FollowUpHistory, Invoice, Sender } from '../src/core';

export const lumen: Sender = {
  name: 'Sophie Martin',
  company: 'Atelier Lumen SARL',
  role: 'Responsable administrative et financière',
  email: 'sophie.martin@atelier-lumen.fr',
  phone: '04 78 12 34 56',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  address: ['12 rue de la République', '69002 Lyon'],
  city: 'Lyon',
  legalMentions: 'SARL au capital de 20\u00a0000\u00a0€ – RCS Lyon 812\u00a0345\u00a0678 – Siège social\u00a0: 12 rue de la République, 69002 Lyon',
};

export const durand: Client = {
  company: 'Boulangeries Durand SAS',
  language: 'fr',
  address: ['Service comptabilité fournisseurs', '8 avenue Jean Jaurès', '38000 Grenoble'],
  contact: {
    civility: 'Mme',
    firstName: 'Claire',
    lastName: 'Durand',
    role: 'Directrice administrative',
    email: 'c.durand@boulangeries-durand.fr',
    phone: '04 76 98 76 54',
  },
};

export const durandInvoice: Invoice = {
  number: 'F-2026-0142',
  issueDate: '2026-02-14',
  dueDate: '2026-03-16',
  amount: { value: 4860, currency: 'EUR' },
  description: 'Refonte du site web, phase 2 (maquettes et intégration)',
};

export const durandSecondInvoice: Invoice = {
  number: 'F-2026-0163',
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  amount: { value: 1250.5, currency: 'EUR' },
  amountDue: { value: 750.5, currency: 'EUR' },
  description: 'Maintenance et hébergement, 1er trimestre',
};

/** Not yet due when the other two are late: shown apart, never demanded. */
export const durandUpcomingInvoice: Invoice = {
  number: 'F-2026-0188',
  issueDate: '2026-04-20',
  dueDate: '2026-05-20',
  amount: { value: 980, currency: 'EUR' },
  description: 'Maintenance et hébergement, 2e trimestre',
};

export const northgate: Sender = {
  name: 'James Whitfield',
  company: 'Northgate Supplies Ltd',
  role: 'Credit Controller',
  email: 'j.whitfield@northgate-supplies.co.uk',
  phone: '0113 496 0123',
  iban: 'GB33BUKB20201555555555',
  bic: 'BUKBGB22',
  sortCode: '20-20-15',
  accountNumber: '55555555',
  address: ['Unit 4, Kirkstall Road', 'Leeds', 'LS3 1LH'],
  city: 'Leeds',
  legalMentions: 'Registered in England and Wales, company no. 01234567 – Registered office: Unit 4, Kirkstall Road, Leeds LS3 1LH',
};

export const harper: Client = {
  company: 'Harper & Cole Architects LLP',
  language: 'en',
  address: ['Accounts Payable', '27 Deansgate', 'Manchester', 'M3 4LY'],
  contact: {
    civility: 'Ms',
    firstName: 'Emma',
    lastName: 'Harper',
    role: 'Office Manager',
    email: 'emma.harper@harpercole.co.uk',
    phone: '0161 496 0456',
  },
};

export const harperInvoice: Invoice = {
  number: 'INV-10458',
  issueDate: '2026-02-14',
  dueDate: '2026-03-16',
  amount: { value: 4860, currency: 'GBP' },
  description: 'Supply and installation of 12 ergonomic workstations',
};

/** A history where every step a template may recall has happened. */
export const fullHistory: FollowUpHistory = {
  sent: [
    { step: 'preventive', on: '2026-03-09' },
    { step: 'overdue-1', on: '2026-03-23' },
    { step: 'overdue-2', on: '2026-03-31' },
  ],
  repliedOn: '2026-04-02',
  promise: { date: '2026-04-20', amount: { value: 2000, currency: 'EUR' }, loggedOn: '2026-04-02', via: 'reply' },
  paidOn: '2026-04-20',
  payment: { amount: { value: 4860, currency: 'EUR' }, means: 'virement' },
};
