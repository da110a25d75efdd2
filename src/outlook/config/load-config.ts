/**
 * The organisation's settings from `relance.config.json`, served beside the task pane and edited by
 * an admin, merged with the signed-in user's name and address. A missing or broken file is not
 * fatal: the pane then names what is missing when it writes a reminder.
 */
import type { PenaltyTerms, RelanceSettings, Sender } from '../../core';

export type RelanceConfig = {
  sender: Partial<Sender>;
  graph?: { clientId?: string };
  terms?: PenaltyTerms;
};

export type OutlookSettings = { settings: RelanceSettings; graphClientId?: string; configProblem?: 'missing' | 'invalid' };

const configFileName = 'relance.config.json';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function parseSender(value: unknown): Partial<Sender> {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const sender: Partial<Sender> = {};
  for (const key of ['name', 'company', 'role', 'email', 'phone', 'iban', 'bic', 'sortCode', 'accountNumber', 'city', 'legalMentions'] as const) {
    const field = text(raw[key]);
    if (field) sender[key] = field;
  }
  if (Array.isArray(raw.address)) sender.address = raw.address.filter((line): line is string => typeof line === 'string');
  return sender;
}

function parseTerms(value: unknown): PenaltyTerms | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  // The law alone is enough: without a contractual rate, each period's statutory rate applies.
  if (raw.jurisdiction !== 'FR' && raw.jurisdiction !== 'UK') return undefined;
  const number = (key: 'annualRatePercent' | 'legalRateMultiple') => (typeof raw[key] === 'number' ? { [key]: raw[key] as number } : {});
  return { jurisdiction: raw.jurisdiction, ...number('annualRatePercent'), ...number('legalRateMultiple') };
}

export function parseConfig(value: unknown): RelanceConfig {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const graph = typeof raw.graph === 'object' && raw.graph !== null ? (raw.graph as Record<string, unknown>) : {};
  const clientId = text(graph.clientId);
  const terms = parseTerms(raw.terms);
  return { sender: parseSender(raw.sender), ...(clientId ? { graph: { clientId } } : {}), ...(terms ? { terms } : {}) };
}

export async function loadConfig(input: {
  fetch: typeof fetch;
  baseUrl: string;
  user: { emailAddress?: string; displayName?: string };
}): Promise<OutlookSettings> {
  let config: RelanceConfig = { sender: {} };
  let configProblem: OutlookSettings['configProblem'];
  try {
    const response = await input.fetch(new URL(configFileName, input.baseUrl).toString(), { cache: 'no-cache' });
    if (response.ok) config = parseConfig(await response.json());
    else configProblem = 'missing';
  } catch {
    configProblem = 'invalid';
  }
  const userEmail = text(input.user.emailAddress);
  // The admin configures the company; each account manager signs with their own name and address.
  const { email: configuredEmail, ...configured } = config.sender;
  const email = configuredEmail ?? userEmail;
  const sender: Sender = {
    ...configured,
    name: config.sender.name ?? text(input.user.displayName) ?? '',
    company: config.sender.company ?? '',
    ...(email ? { email } : {}),
  };
  return {
    settings: { sender, ...(userEmail ? { userEmail } : {}), ...(config.terms ? { terms: config.terms } : {}) },
    ...(config.graph?.clientId ? { graphClientId: config.graph.clientId } : {}),
    ...(configProblem ? { configProblem } : {}),
  };
}
