/** The simulated Gmail's own words (not the add-on's), in French and English. */
import type { Language } from '../../src/core';

export type GmailStrings = {
  title: string;
  subtitle: string;
  switchTo: string;
  folders: Record<'inbox' | 'sent' | 'drafts', string>;
  compose: string;
  noSelection: string;
  addOn: string;
  back: string;
  settings: string;
  home: string;
  showMore: string;
  showLess: string;
  section: (index: number) => string;
  unsupported: (kind: string) => string;
  /** Gmail's bar when an add-on fails or answers what Gmail refuses. */
  addOnError: (detail: string) => string;
  dismiss: string;
  openLink: (url: string) => string;
  draft: { to: string; subject: string; body: string; label: string; starred: string };
  today: (date: string) => string;
  from: string;
  to: string;
  starred: string;
  labels: string;
  openCompose: string;
};

export const gmailStrings: Record<Language, GmailStrings> = {
  fr: {
    title: 'Gmail simulé',
    subtitle: 'Relance tourne ici sur des imitations de GmailApp, CardService et PropertiesService.',
    switchTo: 'Outlook simulé',
    folders: { inbox: 'Boîte de réception', sent: 'Messages envoyés', drafts: 'Brouillons' },
    compose: 'Nouveau message',
    noSelection: 'Ouvrez un message pour voir la carte de Relance.',
    addOn: 'Module complémentaire Relance',
    back: 'Retour',
    settings: 'Paramètres',
    home: 'Accueil de Relance',
    showMore: 'Afficher plus',
    showLess: 'Afficher moins',
    section: (index) => `Section ${index}`,
    unsupported: (kind) => `Widget non dessiné par le simulateur\u00a0: ${kind}`,
    addOnError: (detail) => `Erreur du module complémentaire\u00a0: ${detail}`,
    dismiss: 'Fermer',
    openLink: (url) => `Le module ouvre un lien\u00a0: ${url}`,
    draft: { to: 'À', subject: 'Objet', body: 'Message', label: 'Brouillon', starred: 'Suivi' },
    today: (date) => `Aujourd’hui\u00a0: ${date}`,
    from: 'De',
    to: 'À',
    starred: 'Message suivi (étoile)',
    labels: 'Libellés',
    openCompose: 'Relance dans ce brouillon',
  },
  en: {
    title: 'Simulated Gmail',
    subtitle: 'Relance runs here on stand-ins for GmailApp, CardService and PropertiesService.',
    switchTo: 'Simulated Outlook',
    folders: { inbox: 'Inbox', sent: 'Sent', drafts: 'Drafts' },
    compose: 'Compose',
    noSelection: 'Open a message to see the Relance card.',
    addOn: 'Relance add-on',
    back: 'Back',
    settings: 'Settings',
    home: 'Relance home',
    showMore: 'Show more',
    showLess: 'Show less',
    section: (index) => `Section ${index}`,
    unsupported: (kind) => `Widget the simulator does not draw: ${kind}`,
    addOnError: (detail) => `Add-on error: ${detail}`,
    dismiss: 'Dismiss',
    openLink: (url) => `The add-on opens a link: ${url}`,
    draft: { to: 'To', subject: 'Subject', body: 'Message', label: 'Draft', starred: 'Starred' },
    today: (date) => `Today: ${date}`,
    from: 'From',
    to: 'To',
    starred: 'Starred message',
    labels: 'Labels',
    openCompose: 'Relance in this draft',
  },
};
