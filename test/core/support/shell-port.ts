/** One shell's adapter over its fake host, as the failure-policy tests drive it: seed, run a use case, read back what is stored. */
import type { Ledger, LedgerEntry, MailMessage, UseCase } from '../../../src/core';
import type { CallLog } from './inject-failures';

export type OpenedShell = {
  /** The message open in the host (the use cases act on it). */
  message: MailMessage;
  /** Runs the use case with the shell's runner, the k-th port call failing when `failAt` is given. */
  run<Outcome>(useCase: UseCase<Outcome>, failAt: number | undefined, calls: CallLog): Promise<Outcome>;
  /** The log as the host keeps it, read back from the fake's storage. */
  stored(): Ledger;
};

export type ShellPort = { name: string; open(records: LedgerEntry[]): Promise<OpenedShell> };
