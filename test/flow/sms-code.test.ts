import { expect } from '@open-wc/testing';
import { isCompleteCode, normalizeCode } from '../../src/flow/sms-code.js';

describe('SMS code normalisation', () => {
  const cases: Array<[string, string]> = [
    ['１２３４５６', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['１２３－４５６', '123456'],
    ['\t123\u3000456 ', '123456'],
    ['12a456', '12a456'],
  ];
  for (const [typed, sent] of cases) {
    it(`turns ${JSON.stringify(typed)} into ${JSON.stringify(sent)}`, () => {
      expect(normalizeCode(typed)).to.equal(sent);
    });
  }

  it('accepts only a code of exactly the expected number of digits', () => {
    expect(isCompleteCode('123456', 6)).to.equal(true);
    expect(isCompleteCode('12345', 6)).to.equal(false);
    expect(isCompleteCode('12a456', 6)).to.equal(false);
  });
});
