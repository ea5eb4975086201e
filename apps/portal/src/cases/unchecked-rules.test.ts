import { describe, expect, it } from 'vitest';
import { hasNynorsk, MAY_BE_UNCHECKED, ruleInWords } from './unchecked-rules.js';

describe('rules left unchecked, in words', () => {
  it('has nynorsk for every application rule that needs history the server may lack', () => {
    expect(MAY_BE_UNCHECKED.length).toBeGreaterThan(0);
    expect(MAY_BE_UNCHECKED.filter((code) => !hasNynorsk(code))).toEqual([]);
  });

  it('words a rule in bokmål from the catalogue and in nynorsk from the table, never with its code', () => {
    const nb = ruleInWords('CONTINUATION_REPORT_MISSING', 'nb');
    const nn = ruleInWords('CONTINUATION_REPORT_MISSING', 'nn');
    expect(nb).toMatch(/^En videreføring har fjorårets statusrapport/);
    expect(nn).toMatch(/^Ei vidareføring har statusrapporten/);
    expect(`${nb} ${nn}`).not.toMatch(/CONTINUATION_REPORT_MISSING/);
    expect(ruleInWords('FINNES_IKKE', 'nb')).toBeUndefined();
  });
});
