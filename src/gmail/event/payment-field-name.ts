/**
 * The card's input names for part payment lines: `payment_0_on`, `payment_0_amount`. Letters,
 * digits and underscores only, the one alphabet every formInputs key is sure to keep as typed.
 */
import type { PaymentLine } from '../../core';

export type PaymentPart = keyof PaymentLine;

export const paymentParts: readonly PaymentPart[] = ['on', 'amount'];

export function paymentFieldName(index: number, part: PaymentPart): string {
  return `payment_${index}_${part}`;
}

const paymentFieldPattern = /^payment_(\d+)_(on|amount)$/;

/** The line and part an input name stands for; undefined for any other input. */
export function paymentFieldOf(name: string): { index: number; part: PaymentPart } | undefined {
  const match = paymentFieldPattern.exec(name);
  if (!match) return undefined;
  return { index: Number(match[1]), part: match[2] as PaymentPart };
}
