/**
 * Sophie Martin's mailbox at Atelier Lumen, built relative to `today` so every invoice stays at its
 * stage whatever the day: due in a week, due tomorrow, 10 and 45 days late, paid, disputed, waiting
 * for documents, asking for a payment plan, and one sent without a due date. Client replies cover
 * every intent Relance reads. The playground shows it; the browser tests use it.
 */
import { type Client, formatDate, type IsoDate, type Language, type Money, formatMoney } from '../../src/core';
import { addDays } from '../../src/core/dates/add-days';
import { durand, harper, lumen } from '../sample-data';
import { exchangeItemId } from './exchange-id';
import { invoiceEmailBody, invoiceSubject, quoted } from './invoice-email';
import type { SampleAddress, SampleIntent, SampleMailbox, SampleMessage, SampleStage, SampleThread } from './mailbox-types';

export const mailboxOwner: SampleAddress = { name: lumen.name, email: lumen.email ?? 'sophie.martin@atelier-lumen.fr' };

const roche: Client = {
  company: 'Cabinet Roche Avocats',
  language: 'fr',
  contact: { civility: 'M.', firstName: 'Julien', lastName: 'Roche', role: 'Associé gérant', email: 'j.roche@cabinet-roche.fr' },
};
const vidal: Client = {
  company: 'Fromagerie Vidal',
  language: 'fr',
  contact: { civility: 'Mme', firstName: 'Hélène', lastName: 'Vidal', role: 'Gérante', email: 'helene.vidal@fromagerie-vidal.fr' },
};
const garnier: Client = {
  company: 'Transports Garnier SAS',
  language: 'fr',
  contact: { civility: 'M.', firstName: 'Marc', lastName: 'Garnier', role: 'Directeur administratif', email: 'm.garnier@transports-garnier.fr' },
};
const passages: Client = {
  company: 'Librairie Passages',
  language: 'fr',
  contact: { civility: 'Mme', firstName: 'Anne', lastName: 'Morel', role: 'Responsable comptable', email: 'compta@librairie-passages.fr' },
};
const canuts: Client = {
  company: 'Hôtel des Canuts',
  language: 'fr',
  contact: { civility: 'M.', firstName: 'Pierre', lastName: 'Lefèvre', role: 'Directeur', email: 'p.lefevre@hotel-des-canuts.fr' },
};
const bellecour: Client = {
  company: 'Clinique vétérinaire Bellecour',
  language: 'fr',
  contact: { civility: 'Mme', firstName: 'Sarah', lastName: 'Benali', role: 'Associée', email: 's.benali@veto-bellecour.fr' },
};
const bouvier: Client = {
  company: 'Atelier Bouvier',
  language: 'fr',
  contact: { civility: 'M.', firstName: 'Lucas', lastName: 'Bouvier', email: 'lucas@atelier-bouvier.fr' },
};

type ThreadSpec = {
  n: number;
  stage: SampleStage;
  client: Client;
  number: string;
  amount: Money;
  description: string;
  /** Days from today: negative in the past. */
  issuedIn: number;
  dueIn?: number;
  reply?: { intent: SampleIntent; sentIn: number; text: (today: IsoDate) => string; date?: (today: IsoDate) => IsoDate; auto?: boolean };
  categories?: string[];
  flagDueIn?: number;
};

const eur = (value: number): Money => ({ value, currency: 'EUR' });
const fr = (date: IsoDate) => formatDate(date, 'fr');
const en = (date: IsoDate) => formatDate(date, 'en');

const specs: ThreadSpec[] = [
  {
    n: 218,
    stage: 'due-in-a-week',
    client: durand,
    number: 'F-2026-0218',
    amount: eur(4860),
    description: 'Refonte du site web, phase 2 (maquettes et intégration)',
    issuedIn: -23,
    dueIn: 7,
  },
  {
    n: 211,
    stage: 'due-tomorrow',
    client: roche,
    number: 'F-2026-0211',
    amount: eur(1920),
    description: 'Maintenance du site et hébergement, 1er trimestre',
    issuedIn: -29,
    dueIn: 1,
    reply: {
      intent: 'out-of-office',
      sentIn: -29,
      auto: true,
      date: (today) => addDays(today, 4),
      text: (today) =>
        `Bonjour,\n\nJe suis absent du bureau jusqu'au ${fr(addDays(today, 4))} inclus, avec un accès limité à mes e-mails. ` +
        `Je prendrai connaissance de votre message à mon retour.\nPour toute urgence, merci de contacter le secrétariat au 04 72 00 11 22.\n\nJulien Roche`,
    },
  },
  {
    n: 187,
    stage: 'late-10-days',
    client: vidal,
    number: 'F-2026-0187',
    amount: eur(2340),
    description: 'Boutique en ligne : catalogue et paiement',
    issuedIn: -40,
    dueIn: -10,
    reply: {
      intent: 'promise',
      sentIn: -1,
      date: (today) => addDays(today, 5),
      text: (today) =>
        `Bonjour Madame Martin,\n\nToutes nos excuses pour ce retard. Le virement de 2 340,00 € pour la facture F-2026-0187 ` +
        `sera effectué le ${fr(addDays(today, 5))}.\n\nBien cordialement,\nHélène Vidal\nFromagerie Vidal\n04 78 55 66 77`,
    },
  },
  {
    n: 139,
    stage: 'late-45-days',
    client: garnier,
    number: 'F-2026-0139',
    amount: eur(7450),
    description: 'Application de suivi des livraisons, lot 1',
    issuedIn: -75,
    dueIn: -45,
    categories: ['Relance'],
    flagDueIn: -3,
    reply: {
      intent: 'no-commitment',
      sentIn: -2,
      text: () =>
        `Bonjour,\n\nJ'ai bien transmis votre facture à notre service comptabilité, qui reviendra vers vous. Je vous tiens informée.\n\n` +
        `Cordialement,\nNadia Caron\nAssistante de direction\nTransports Garnier SAS`,
    },
  },
  {
    n: 152,
    stage: 'paid',
    client: passages,
    number: 'F-2026-0152',
    amount: eur(980),
    description: 'Refonte du catalogue en ligne',
    issuedIn: -35,
    dueIn: -5,
    reply: {
      intent: 'paid',
      sentIn: -1,
      date: (today) => addDays(today, -2),
      text: () =>
        `Bonjour,\n\nLe virement de 980,00 € pour la facture F-2026-0152 a été effectué hier. Vous devriez le recevoir sous 48 heures.\n\n` +
        `Bonne journée,\nAnne Morel\nLibrairie Passages`,
    },
  },
  {
    n: 166,
    stage: 'disputed',
    client: canuts,
    number: 'F-2026-0166',
    amount: eur(3600),
    description: 'Module de réservation en ligne',
    issuedIn: -33,
    dueIn: -3,
    reply: {
      intent: 'dispute',
      sentIn: -2,
      text: () =>
        `Bonjour Madame Martin,\n\nLe module de réservation n'est toujours pas opérationnel : les paiements par carte échouent depuis la mise en ligne. ` +
        `Nous contestons donc la facture F-2026-0166 en l'état et ne la réglerons qu'une fois le module corrigé.\n\n` +
        `Cordialement,\nPierre Lefèvre\nDirecteur, Hôtel des Canuts`,
    },
  },
  {
    n: 195,
    stage: 'missing-documents',
    client: bellecour,
    number: 'F-2026-0195',
    amount: eur(1450),
    description: 'Site vitrine et prise de rendez-vous',
    issuedIn: -18,
    dueIn: 12,
    reply: {
      intent: 'missing-documents',
      sentIn: -3,
      text: () =>
        `Bonjour,\n\nPourriez-vous nous renvoyer votre RIB ainsi que la facture avec notre numéro de bon de commande (BC-2026-044) ? ` +
        `Notre comptable ne peut pas la saisir sans.\n\nMerci,\nSarah Benali\nClinique vétérinaire Bellecour`,
    },
  },
  {
    n: 171,
    stage: 'payment-plan',
    client: harper,
    number: 'F-2026-0171',
    amount: eur(12600),
    description: 'Website and booking platform for the Manchester studio',
    issuedIn: -50,
    dueIn: -20,
    reply: {
      intent: 'payment-plan',
      sentIn: -1,
      text: (today) =>
        `Dear Sophie,\n\nThank you for your patience. Cash flow is tight this quarter: could we settle invoice F-2026-0171 in three monthly instalments ` +
        `of €4,200, the first on ${en(addDays(today, 10))}?\n\nKind regards,\nEmma Harper\nOffice Manager, Harper & Cole Architects LLP\n0161 496 0456`,
    },
  },
  {
    n: 224,
    stage: 'no-due-date',
    client: bouvier,
    number: 'F-2026-0224',
    amount: eur(650),
    description: 'Atelier de formation WordPress',
    issuedIn: -6,
  },
];

const itemId = (n: number, kind: 'inv' | 'rep') => exchangeItemId(`${kind}-${n}`, kind === 'inv' ? 'sent' : 'inbox');
const conversationId = (n: number) => `AAQkADc3ZjConv/${String(n).padStart(4, '0')}+Q=`;
const at = (day: IsoDate, time: string) => `${day}T${time}`;

function contactAddress(client: Client): SampleAddress {
  const { firstName, lastName, email } = client.contact;
  return { name: [firstName, lastName].filter(Boolean).join(' '), email };
}

function greeting(client: Client, language: Language): string {
  const { civility, lastName } = client.contact;
  if (language === 'en') return `Dear ${civility ? `${civility} ${lastName}` : `${client.contact.firstName ?? ''} ${lastName}`.trim()},`;
  const title = civility === 'M.' ? 'Monsieur' : civility === 'Mme' ? 'Madame' : '';
  return title ? `Bonjour ${title} ${lastName},` : 'Bonjour,';
}

function outlookSentLine(date: IsoDate, time: string, language: Language): string {
  return language === 'fr' ? `${fr(date)} ${time}` : `${en(date)} ${time}`;
}

function buildThread(spec: ThreadSpec, today: IsoDate): { messages: SampleMessage[]; thread: SampleThread } {
  const language = spec.client.language ?? 'fr';
  const issueDate = addDays(today, spec.issuedIn);
  const dueDate = spec.dueIn === undefined ? undefined : addDays(today, spec.dueIn);
  const subject = invoiceSubject(language, spec.number, lumen.company);
  const client = contactAddress(spec.client);
  const body = invoiceEmailBody({
    language,
    sender: lumen,
    greeting: greeting(spec.client, language),
    number: spec.number,
    issueDate,
    ...(dueDate ? { dueDate } : {}),
    amount: spec.amount,
    description: spec.description,
    handWritten: spec.stage === 'no-due-date',
  });
  const invoice: SampleMessage = {
    id: itemId(spec.n, 'inv'),
    conversationId: conversationId(spec.n),
    folder: 'sent',
    subject,
    body,
    from: mailboxOwner,
    to: [client],
    cc: [],
    sentAt: at(issueDate, '09:14'),
    attachments: [`${spec.number}.pdf`],
    categories: spec.categories ?? [],
    ...(spec.flagDueIn !== undefined ? { flag: { status: 'flagged' as const, dueOn: addDays(today, spec.flagDueIn) } } : {}),
    read: true,
  };
  const messages = [invoice];
  let reply: SampleThread['reply'];
  if (spec.reply) {
    const replyOn = addDays(today, spec.reply.sentIn);
    const prefix = spec.reply.auto ? (language === 'fr' ? 'Réponse automatique : ' : 'Automatic reply: ') : language === 'fr' ? 'RE : ' : 'RE: ';
    const replyFrom: SampleAddress =
      spec.reply.intent === 'no-commitment' ? { name: 'Nadia Caron', email: 'n.caron@transports-garnier.fr' } : client;
    const message: SampleMessage = {
      id: itemId(spec.n, 'rep'),
      conversationId: conversationId(spec.n),
      folder: 'inbox',
      subject: `${prefix}${subject}`,
      body:
        spec.reply.text(today) +
        '\n' +
        quoted(language, {
          from: `${mailboxOwner.name} <${mailboxOwner.email}>`,
          sentOn: outlookSentLine(issueDate, '09:14', language),
          to: `${client.name} <${client.email}>`,
          subject,
          body,
        }),
      from: replyFrom,
      to: [mailboxOwner],
      cc: replyFrom.email === client.email ? [] : [client],
      sentAt: at(replyOn, spec.reply.auto ? '09:15' : '14:37'),
      attachments: [],
      categories: [],
      read: spec.reply.sentIn < -1,
    };
    messages.push(message);
    const date = spec.reply.date?.(today);
    reply = { messageId: message.id, intent: spec.reply.intent, ...(date ? { date } : {}) };
  }
  const thread: SampleThread = {
    stage: spec.stage,
    invoiceNumber: spec.number,
    amountText: formatMoney(spec.amount, language),
    ...(dueDate ? { dueDate } : {}),
    client: spec.client.company,
    language,
    invoiceMessageId: invoice.id,
    ...(reply ? { reply } : {}),
  };
  return { messages, thread };
}

/** Mail that is not about an invoice: the pane must say so rather than invent one. */
function otherMail(today: IsoDate): SampleMessage[] {
  return [
    {
      id: exchangeItemId('other-0001', 'inbox'),
      conversationId: 'AAQkADc3ZjConv/O001+Q=',
      folder: 'inbox',
      subject: 'Point équipe vendredi',
      body: `Bonjour Sophie,\n\nOn fait le point sur les projets en cours vendredi à 10 h ? J'apporte les croissants.\n\nThomas`,
      from: { name: 'Thomas Girard', email: 'thomas.girard@atelier-lumen.fr' },
      to: [mailboxOwner],
      cc: [],
      sentAt: at(addDays(today, 0), '08:02'),
      attachments: [],
      categories: [],
      read: false,
    },
    {
      id: exchangeItemId('draft-0001', 'drafts'),
      conversationId: 'AAQkADc3ZjConv/D001+Q=',
      folder: 'drafts',
      subject: 'Devis refonte - Brasserie du Parc',
      body: `Bonjour Monsieur Chauvet,\n\nSuite à notre échange, voici notre proposition pour la refonte de votre site.\n\n`,
      from: mailboxOwner,
      to: [{ name: 'Henri Chauvet', email: 'h.chauvet@brasserie-du-parc.fr' }],
      cc: [],
      sentAt: at(addDays(today, -1), '17:40'),
      attachments: [],
      categories: [],
      read: true,
    },
  ];
}

export function sampleMailbox(today: IsoDate): SampleMailbox {
  const built = specs.map((spec) => buildThread(spec, today));
  const messages = [...built.flatMap((thread) => thread.messages), ...otherMail(today)].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  return { today, owner: mailboxOwner, messages, threads: built.map((thread) => thread.thread) };
}

/** The sample thread at a stage (the tests pick their invoice this way). */
export function sampleThread(mailbox: SampleMailbox, stage: SampleStage): SampleThread {
  const thread = mailbox.threads.find((candidate) => candidate.stage === stage);
  if (!thread) throw new Error(`no sample thread at stage ${stage}`);
  return thread;
}
