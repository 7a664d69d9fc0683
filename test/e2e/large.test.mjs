// The large appearance (appearance="large", for older subscribers) over HTTP against the reference
// back end, in Debian's Chromium, in both languages: a whole run to done with a way to reach a person
// on every step, the plain wording, and one step per screen although one-click was asked for.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  button,
  chooseImmediately,
  createDemoServer,
  smsCodeArriving,
  launch,
  openPortal,
  serverRequests,
  waitForStep,
  widgetText,
} from './harness.mjs';

const WORDS = {
  'zh-CN': {
    cont: '继续',
    reason: '费用过高',
    sms: '短信验证码',
    send: '发送验证码',
    check: '验证',
    submit: '确认退订',
    plain: '这不是您的账号？请不要继续，可以打客服电话',
    call: '打电话给客服',
    done: '退订完成',
    progress: '第 1 步，共 6 步',
  },
  en: {
    cont: 'Continue',
    reason: 'It costs too much',
    sms: 'Text message code',
    send: 'Send code',
    check: 'Check code',
    submit: 'Confirm unsubscribe',
    plain: 'Not your account? Please stop here.',
    call: 'Call us on',
    done: 'unsubscribed',
    progress: 'Step 1 of 6',
  },
};

let server;
let browser;

before(async () => {
  server = await createDemoServer({ port: 0, host: '127.0.0.1', processingAfterMs: 200, doneAfterMs: 600 });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The help box on the screen shown now: its call link and its text size. */
async function reachPerson(page) {
  return page.evaluate(() => {
    const root = document.querySelector('cloudpc-unsubscribe').shadowRoot;
    const box = root.querySelector('[part="reach-person"]');
    const call = box?.querySelector('a[href^="tel:"]');
    const rect = call?.getBoundingClientRect();
    return {
      shown: box !== null,
      tel: call?.getAttribute('href') ?? null,
      text: call?.textContent?.trim() ?? '',
      height: rect?.height ?? 0,
      fontSize: Number.parseFloat(getComputedStyle(root.querySelector('[part="container"]')).fontSize),
    };
  });
}

async function assertPersonWithinReach(page, words, step) {
  const help = await reachPerson(page);
  assert.ok(help.shown, `a way to reach a person on ${step}`);
  assert.match(help.tel ?? '', /^tel:\+?\d{3,}$/, `a call link on ${step}`);
  assert.ok(help.text.includes(words.call), `the call link says what it does on ${step}: ${help.text}`);
  assert.ok(help.height >= 60, `the call link is a 60 px target on ${step} (${help.height})`);
  assert.equal(help.fontSize, 20, `20 px text on ${step}`);
}

for (const locale of ['zh-CN', 'en']) {
  describe(`the large appearance over HTTP (${locale})`, () => {
    const words = WORDS[locale];

    it('takes an older subscriber from prepare to done, with a person one press away on every step', async () => {
      const { page, widget, context, problems } = await openPortal(browser, server.url, { locale, appearance: 'large' });
      try {
        await waitForStep(page, 'prepare');
        assert.ok((await widgetText(page)).includes(words.plain), 'the plain wording');
        await assertPersonWithinReach(page, words, 'prepare');
        await widget.locator('#cpu-backup').check();
        await widget.locator('#cpu-terms').check();
        await button(widget, words.cont).click();
        await waitForStep(page, 'reason');
        await assertPersonWithinReach(page, words, 'reason');
        await widget.getByLabel(words.reason).check();
        await button(widget, words.cont).click();
        await waitForStep(page, 'verify');
        await assertPersonWithinReach(page, words, 'verify');
        const sms = widget.getByLabel(words.sms, { exact: true });
        if (await sms.count()) await sms.check();
        await button(widget, words.send).click();
        await widget.locator('input#cpu-code').waitFor();
        const code = await smsCodeArriving(page);
        assert.ok(code, 'an SMS reached the demo phone');
        await widget.locator('input#cpu-code').fill(code);
        await button(widget, words.check).click();
        await waitForStep(page, 'confirm');
        await chooseImmediately(widget);
        await widget.locator('table').waitFor();
        await assertPersonWithinReach(page, words, 'confirm');
        await button(widget, words.submit).click();
        await waitForStep(page, 'status');
        await assertPersonWithinReach(page, words, 'status');
        await waitForStep(page, 'done', 20000);
        await assertPersonWithinReach(page, words, 'done');
        assert.match(await widgetText(page), new RegExp(words.done));
        assert.equal((await serverRequests(page)).length, 1);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    it('shows one step per screen when the portal asked for one-click', async () => {
      const { page, context } = await openPortal(browser, server.url, { locale, mode: 'one-click', appearance: 'large' });
      try {
        await waitForStep(page, 'prepare');
        assert.ok((await widgetText(page)).includes(words.progress));
      } finally {
        await context.close();
      }
    });
  });
}
