import { expect } from '@open-wc/testing';
import { format, loadMessages, translator, type MessageKey } from '../../src/i18n/index.js';
import { ALL_MESSAGES as MESSAGES } from '../../src/i18n/all-messages.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('message tables', () => {
  const zh = MESSAGES['zh-CN'];
  const en = MESSAGES.en;

  it('have the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(zh).sort());
  });

  it('have no empty string in either locale', () => {
    for (const [locale, table] of Object.entries(MESSAGES)) {
      for (const [key, value] of Object.entries(table)) expect(value.trim(), `${locale} ${key}`).to.not.equal('');
    }
  });

  it('use the same placeholders in both locales', () => {
    for (const key of Object.keys(zh) as MessageKey[]) expect(placeholders(en[key]), key).to.deep.equal(placeholders(zh[key]));
  });

  it('keep Chinese out of the English table and put Chinese in the Chinese one', () => {
    for (const [key, value] of Object.entries(en)) expect(HAN.test(value), `en ${key}: ${value}`).to.equal(false);
    const chinese = Object.values(zh).filter((v) => HAN.test(v)).length;
    expect(chinese / Object.keys(zh).length).to.be.greaterThan(0.9);
  });
});

describe('translator', () => {
  // The widget loads each language's tables when it first shows that language.
  before(() => Promise.all([loadMessages('zh-CN', ['core']), loadMessages('en', ['core'])]));

  it('shows the key, not a blank, for a table that has not arrived', () => {
    expect(translator('en')('faq.default.1.q')).to.equal('faq.default.1.q');
  });

  it('fills placeholders with text and leaves unknown ones visible', () => {
    expect(format('第 {current} 步，共 {total} 步', { current: 2, total: 6 })).to.equal('第 2 步，共 6 步');
    expect(format('{a} and {b}', { a: '<b>x</b>' })).to.equal('<b>x</b> and {b}');
  });

  it('applies the host page overrides for its locale only', () => {
    const overrides = { en: { 'action.keep': 'Stay with us' } };
    expect(translator('en', overrides)('action.keep')).to.equal('Stay with us');
    expect(translator('zh-CN', overrides)('action.keep')).to.equal(MESSAGES['zh-CN']['action.keep']);
  });

  it('ignores an override that is not a string', () => {
    const overrides = { en: { 'action.keep': 42 as unknown as string } };
    expect(translator('en', overrides)('action.keep')).to.equal(MESSAGES.en['action.keep']);
  });
});
