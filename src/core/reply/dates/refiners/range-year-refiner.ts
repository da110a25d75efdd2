/**
 * "absente du 9 au 20 mars", read on 11 March: chrono moves a range whose start has passed to next
 * year, yet the range is still running. It stays in this year while its last day is to come.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export class RangeYearRefiner implements Refiner {
  refine = (context: ParsingContext, results: ParsingResult[]): ParsingResult[] => {
    if (!context.option.forwardDate) return results;
    for (const result of results) {
      const end = result.end;
      const startYear = result.start.get('year');
      const endYear = end?.get('year');
      if (!end || result.start.isCertain('year') || end.isCertain('year') || startYear === null || endYear === null || endYear === undefined) continue;
      const month = end.get('month');
      const day = end.get('day');
      if (month === null || day === null) continue;
      if (new Date(endYear - 1, month - 1, day) >= context.refDate) {
        result.start.imply('year', startYear - 1);
        end.imply('year', endYear - 1);
      }
    }
    return results;
  };
}
