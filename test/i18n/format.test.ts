import { expect } from '@open-wc/testing';
import { createFormatters } from '../../src/i18n/format.js';

describe('formatters', () => {
  const zh = createFormatters('zh-CN');
  const en = createFormatters('en');

  it('shows integer fen as yuan with two decimals', () => {
    expect(zh.money({ amount: 4900, currency: 'CNY' })).to.equal('¥49.00');
    expect(en.money({ amount: 123456, currency: 'CNY' })).to.equal('CN¥1,234.56');
    expect(zh.money({ amount: 5, currency: 'CNY' })).to.equal('¥0.05');
  });

  it('respects currencies without minor units', () => {
    expect(en.money({ amount: 500, currency: 'JPY' })).to.contain('500');
  });

  it('shows instants in Beijing time whatever the browser zone is', () => {
    // 23:30 UTC on 26 September is 07:30 on 27 September in Beijing.
    expect(zh.dateTime('2025-09-26T23:30:00Z')).to.contain('2025年9月27日');
    expect(zh.dateTime('2025-09-26T23:30:00Z')).to.contain('07:30');
    expect(en.dateOfInstant('2025-09-26T23:30:00Z')).to.contain('27');
  });

  it('shows calendar dates as the same day in every zone', () => {
    expect(zh.date('2026-10-15')).to.equal('2026年10月15日');
    expect(en.date('2026-10-15')).to.equal('15 October 2026');
    expect(zh.dateRange('2026-10-13', '2026-10-23')).to.equal('2026年10月13日至23日');
    expect(zh.dateRange('2026-11-30', '2026-12-10')).to.equal('2026年11月30日至12月10日');
    expect(zh.dateRange('2026-12-24', '2027-01-08')).to.equal('2026年12月24日至2027年1月8日');
    expect(en.dateRange('2026-10-13', '2026-10-23')).to.match(/^13\s?–\s?23 October 2026$/);
    expect(en.dateRange('2026-10-13', '2026-10-13')).to.equal('13 October 2026');
  });
});
