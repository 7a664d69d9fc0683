import { expect } from '@open-wc/testing';
import { ALL_MESSAGES } from '../../src/i18n/all-messages.js';
import { translator, type MessageKey } from '../../src/i18n/index.js';
import { messages as zhPlain } from '../../src/i18n/messages/zh-CN/plain.js';
import { messages as enPlain } from '../../src/i18n/messages/en/plain.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('the plain wording of the large appearance', () => {
  it('rewords the same strings in zh-CN and en', () => {
    expect(Object.keys(enPlain).sort()).to.deep.equal(Object.keys(zhPlain).sort());
  });

  it('keeps every placeholder of the string it replaces', () => {
    for (const [locale, plain] of [
      ['zh-CN', zhPlain],
      ['en', enPlain],
    ] as const) {
      for (const [key, text] of Object.entries(plain) as Array<[MessageKey, string]>) {
        const usual = ALL_MESSAGES[locale][key];
        expect(usual, `${locale} ${key} replaces a real string`).to.be.a('string');
        expect(placeholders(text), `${locale} ${key}`).to.deep.equal(placeholders(usual));
      }
    }
  });

  it('is written in the language it is for', () => {
    for (const [key, value] of Object.entries(enPlain)) expect(HAN.test(value), `en ${key}`).to.equal(false);
    for (const [key, value] of Object.entries(zhPlain)) expect(HAN.test(value), `zh-CN ${key}`).to.equal(true);
  });

  it("sits under the host's overrides and over the usual strings", () => {
    const t = translator('en', { en: { 'verify.intro': 'Host words' } }, enPlain);
    expect(t('verify.intro')).to.equal('Host words');
    expect(translator('en', {}, enPlain)('verify.intro')).to.equal(enPlain['verify.intro']);
  });
});
