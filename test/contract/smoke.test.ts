import { expect } from '@open-wc/testing';
import { moneySchema } from '../../src/contract/schemas.js';

describe('smoke', () => {
  it('runs in a browser not set to China time', () => {
    expect(moneySchema.safeParse({ amount: 1, currency: 'CNY' }).success).to.equal(true);
    expect(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()).to.not.equal(-480);
  });
});
