import { describe, expect, it } from 'vitest';
import { followUpKey, isFollowUpKey } from '../../../src/core';
import { invoiceKey } from '../../../src/core/ledger/invoice-key';

const client = { company: 'Boulangeries Durand' };

describe('the key of an invoice record', () => {
  it('keeps "NOV-001" and "V-001" apart', () => {
    expect(invoiceKey('NOV-001')).not.toBe(invoiceKey('V-001'));
    expect(followUpKey(client, { number: 'NOV-001' })).not.toBe(followUpKey(client, { number: 'V-001' }));
  });

  it('still reads the "n°" or "No." people type in front of a number as no part of it', () => {
    for (const typed of ['n° F-12', 'N° F-12', 'No. F-12', 'no F-12', '#F-12', 'nº F-12', 'f-12']) expect(invoiceKey(typed)).toBe('F-12');
  });

  it('is the client and the number: the same number at two clients is two records', () => {
    expect(followUpKey({ company: 'Atelier Lefèvre' }, { number: 'F-1' })).not.toBe(followUpKey(client, { number: 'F-1' }));
    expect(followUpKey({ company: 'ATELIER  LEFEVRE' }, { number: 'f 1' })).toBe(followUpKey({ company: 'Atelier Lefèvre' }, { number: 'F-1'.replace('-', '') }));
  });

  it('never lets two different numbers share a key, whatever characters they hold', () => {
    const numbers = ['F/2026/1', 'F-2026-1', 'F_2026_1', 'F.2026.1', 'F:2026:1', 'FÉ-1', 'FE-1'];
    const keys = numbers.map((number) => followUpKey(client, { number }));
    expect(new Set(keys).size).toBe(numbers.length);
  });

  it('is safe as a OneDrive file name and an Apps Script property name', () => {
    for (const number of ['F/2026/1', 'A*B?C', '../../etc', 'F "1" <2>', '😀-1']) {
      const key = followUpKey({ company: 'Société d’Équipement / Nord' }, { number });
      expect(isFollowUpKey(key)).toBe(true);
      expect(key).not.toMatch(/[\\/:*?"<>|\s]/);
    }
  });
});
