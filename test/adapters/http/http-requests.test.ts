import { expect, waitUntil } from '@open-wc/testing';
import { createHttpAdapter } from '../../../src/adapters/http/index.js';
import {
  validAcceptOfferInput,
  validAgreement,
  validContext,
  validFeedbackInput,
  validQuote,
  validReceiptDelivery,
  validSendReceiptInput,
  validQuoteInput,
  validReceipt,
  validSmsChallenge,
  validStatus,
  validStatusInput,
  validSubmitInput,
  validVerifyInput,
  validVerifyOk,
} from '../../contract/fixtures.js';
import { BASE, fakeFetch, harness, json, textAnswer } from './fake-fetch.js';

const ACCEPT = 'application/json, application/problem+json';

describe('createHttpAdapter: the requests of each method', () => {
  it('loadContext: GET {base}/context, no query, no body, JSON accepted', async () => {
    const { adapter, requests } = harness([json(200, validContext())]);
    const context = await adapter.loadContext({});
    expect(context).to.deep.equal(validContext());
    expect(requests).to.have.length(1);
    const [request] = requests;
    expect(request!.method).to.equal('GET');
    expect(request!.url).to.equal(`${BASE}/context`);
    expect(request!.rawBody).to.equal(undefined);
    expect(request!.headers.get('Accept')).to.equal(ACCEPT);
    expect(request!.headers.has('Content-Type')).to.equal(false);
    expect(request!.headers.has('Idempotency-Key')).to.equal(false);
  });

  it('loadContext: the subscription id goes in the query, encoded', async () => {
    const { adapter, requests } = harness([json(200, validContext())]);
    await adapter.loadContext({ subscriptionId: 'CPC/1 & 2=3?' });
    expect(requests[0]!.url).to.equal(`${BASE}/context?subscriptionId=CPC%2F1+%26+2%3D3%3F`);
    expect(new URL(requests[0]!.url).searchParams.get('subscriptionId')).to.equal('CPC/1 & 2=3?');
  });

  it('startVerification: POST {base}/verifications with the input as JSON', async () => {
    const { adapter, requests } = harness([json(201, validSmsChallenge())]);
    expect(await adapter.startVerification({ method: 'sms' })).to.deep.equal(validSmsChallenge());
    const [request] = requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal(`${BASE}/verifications`);
    expect(request!.headers.get('Content-Type')).to.equal('application/json');
    expect(request!.headers.get('Accept')).to.equal(ACCEPT);
    expect(request!.body).to.deep.equal({ method: 'sms' });
  });

  it('verify: POST {base}/verifications/{challengeId}/check, the id encoded as one path segment', async () => {
    const { adapter, requests } = harness([json(200, validVerifyOk())]);
    const input = validVerifyInput({ challengeId: 'ch/7f?a#1 2' });
    expect(await adapter.verify(input)).to.deep.equal(validVerifyOk());
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.url).to.equal(`${BASE}/verifications/ch%2F7f%3Fa%231%202/check`);
    expect(requests[0]!.body).to.deep.equal(input);
  });

  it('verify: security answers travel in the body', async () => {
    const { adapter, requests } = harness([json(200, validVerifyOk())]);
    const input = validVerifyInput({ method: 'security-questions', code: undefined, answers: [{ questionId: 'q1', answer: '北京' }] });
    await adapter.verify(input);
    expect(requests[0]!.body).to.deep.equal({ challengeId: input.challengeId, method: 'security-questions', answers: input.answers });
  });

  it('quoteRefund: GET {base}/refund-quote?subscriptionId=&effective=', async () => {
    const { adapter, requests } = harness([json(200, validQuote())]);
    expect(await adapter.quoteRefund(validQuoteInput({ subscriptionId: 'CPC 9/9', effective: 'end-of-term' }))).to.deep.equal(validQuote());
    expect(requests[0]!.method).to.equal('GET');
    expect(requests[0]!.url).to.equal(`${BASE}/refund-quote?subscriptionId=CPC+9%2F9&effective=end-of-term`);
    expect(requests[0]!.rawBody).to.equal(undefined);
  });

  it('submit: POST {base}/requests with the Idempotency-Key header and the input as JSON', async () => {
    const { adapter, requests } = harness([json(201, validReceipt())]);
    const input = validSubmitInput();
    expect(await adapter.submit(input)).to.deep.equal(validReceipt());
    const [request] = requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal(`${BASE}/requests`);
    expect(request!.headers.get('Idempotency-Key')).to.equal(input.idempotencyKey);
    expect(request!.headers.get('Content-Type')).to.equal('application/json');
    expect(request!.body).to.deep.equal(input);
  });

  it('acceptOffer: POST {base}/offers/{offerId}/accept with the Idempotency-Key header and the input as JSON', async () => {
    const { adapter, requests } = harness([json(200, validAgreement())]);
    const input = validAcceptOfferInput({ offerId: 'OF/PAUSE 3' });
    expect(await adapter.acceptOffer!(input)).to.deep.equal(validAgreement());
    const [request] = requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal(`${BASE}/offers/OF%2FPAUSE%203/accept`);
    expect(request!.headers.get('Idempotency-Key')).to.equal(input.idempotencyKey);
    expect(request!.body).to.deep.equal(input);
  });

  it('sendReceipt: POST {base}/requests/{requestId}/receipt-deliveries with the Idempotency-Key header and the input as JSON', async () => {
    const { adapter, requests } = harness([json(201, validReceiptDelivery())]);
    const input = validSendReceiptInput({ requestId: 'TD/2026 03' });
    expect(await adapter.sendReceipt(input)).to.deep.equal(validReceiptDelivery());
    const [request] = requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal(`${BASE}/requests/TD%2F2026%2003/receipt-deliveries`);
    expect(request!.headers.get('Idempotency-Key')).to.equal(input.idempotencyKey);
    expect(request!.body).to.deep.equal(input);
  });

  it('getStatus: GET {base}/requests/{requestId}, the id encoded', async () => {
    const { adapter, requests } = harness([json(200, validStatus())]);
    expect(await adapter.getStatus(validStatusInput({ requestId: 'TD/2026 03' }))).to.deep.equal(validStatus());
    expect(requests[0]!.method).to.equal('GET');
    expect(requests[0]!.url).to.equal(`${BASE}/requests/TD%2F2026%2003`);
  });

  it('sendFeedback: POST {base}/feedback; a 204 resolves with nothing', async () => {
    const { adapter, requests } = harness([textAnswer(204, null)]);
    expect(await adapter.sendFeedback(validFeedbackInput())).to.equal(undefined);
    expect(requests[0]!.method).to.equal('POST');
    expect(requests[0]!.url).to.equal(`${BASE}/feedback`);
    expect(requests[0]!.body).to.deep.equal(validFeedbackInput());
  });

  it('sendFeedback: any 2xx body is ignored, JSON or not', async () => {
    const { adapter } = harness([json(200, { thanks: true }), textAnswer(202, 'accepted', 'text/plain')]);
    expect(await adapter.sendFeedback(validFeedbackInput())).to.equal(undefined);
    expect(await adapter.sendFeedback(validFeedbackInput())).to.equal(undefined);
  });

  it('reads JSON whatever content type the server labels it with', async () => {
    const { adapter } = harness([textAnswer(200, JSON.stringify(validStatus()), 'text/plain')]);
    expect(await adapter.getStatus(validStatusInput())).to.deep.equal(validStatus());
  });

  it('does not check answers against the contract (the widget does): they arrive as parsed', async () => {
    const { adapter } = harness([json(200, { anything: 1 })]);
    expect(await adapter.getStatus(validStatusInput())).to.deep.equal({ anything: 1 });
  });
});

describe('createHttpAdapter: the base URL', () => {
  async function contextUrl(baseUrl: string): Promise<string> {
    const { adapter, requests } = harness([json(200, validContext())], { baseUrl });
    await adapter.loadContext({});
    return requests[0]!.url;
  }

  it('takes a base with or without trailing slashes', async () => {
    expect(await contextUrl('https://cloudpc.example.cn/api')).to.equal('https://cloudpc.example.cn/api/context');
    expect(await contextUrl('https://cloudpc.example.cn/api/')).to.equal('https://cloudpc.example.cn/api/context');
    expect(await contextUrl('https://cloudpc.example.cn/api//')).to.equal('https://cloudpc.example.cn/api/context');
  });

  it('takes an origin alone', async () => {
    expect(await contextUrl('https://cloudpc.example.cn')).to.equal('https://cloudpc.example.cn/context');
    expect(await contextUrl('http://127.0.0.1:8080/')).to.equal('http://127.0.0.1:8080/context');
  });

  it('resolves a relative base against the document', async () => {
    expect(await contextUrl('/fake-api')).to.equal(new URL('/fake-api/context', document.baseURI).href);
    expect(await contextUrl('/fake-api/')).to.equal(new URL('/fake-api/context', document.baseURI).href);
    expect(await contextUrl('v2/api')).to.equal(new URL('v2/api/context', document.baseURI).href);
  });

  it('resolves a relative base as the document was at creation, and keeps it when the options change', async () => {
    const page = location.href;
    const { fetch, requests } = fakeFetch(json(200, validContext()));
    const options = { baseUrl: 'v2/api', fetch };
    const adapter = createHttpAdapter(options);
    const expected = new URL('v2/api/context', document.baseURI).href;
    options.baseUrl = 'https://elsewhere.example.cn/api';
    history.replaceState(null, '', '/somewhere/else/');
    try {
      await adapter.loadContext({});
    } finally {
      history.replaceState(null, '', page);
    }
    expect(requests[0]!.url).to.equal(expected);
  });
});

describe('createHttpAdapter: fetch options and headers', () => {
  it('sends credentials same-origin by default, or as configured', async () => {
    const byDefault = harness([json(200, validContext())]);
    await byDefault.adapter.loadContext({});
    expect(byDefault.requests[0]!.init.credentials).to.equal('same-origin');
    const included = harness([json(200, validContext())], { credentials: 'include' });
    await included.adapter.loadContext({});
    expect(included.requests[0]!.init.credentials).to.equal('include');
  });

  it('never lets an HTTP cache answer (status polling must see the server)', async () => {
    const { adapter, requests } = harness([json(200, validStatus())]);
    await adapter.getStatus(validStatusInput());
    expect(requests[0]!.init.cache).to.equal('no-store');
  });

  it('adds fixed headers to every request', async () => {
    const { adapter, requests } = harness([json(200, validContext())], { headers: { 'X-Channel': 'portal', Authorization: 'Bearer t0k' } });
    await adapter.loadContext({});
    await adapter.loadContext({});
    for (const request of requests) {
      expect(request.headers.get('X-Channel')).to.equal('portal');
      expect(request.headers.get('Authorization')).to.equal('Bearer t0k');
    }
  });

  it('calls a headers function for every request, so a rotating CSRF token is always fresh', async () => {
    let calls = 0;
    const headers = async () => ({ 'X-CSRF-Token': `token-${++calls}` });
    const { adapter, requests } = harness([json(200, validSmsChallenge())], { headers });
    await adapter.startVerification({ method: 'sms' });
    await adapter.startVerification({ method: 'sms' });
    await adapter.loadContext({});
    expect(calls).to.equal(3);
    expect(requests.map((r) => r.headers.get('X-CSRF-Token'))).to.deep.equal(['token-1', 'token-2', 'token-3']);
  });

  it('keeps the headers the contract depends on, whatever the operator passes', async () => {
    const { adapter, requests } = harness([json(201, validReceipt())], {
      headers: () => ({ 'Content-Type': 'text/plain', 'Idempotency-Key': 'operator', Accept: 'text/html' }),
    });
    await adapter.submit(validSubmitInput());
    expect(requests[0]!.headers.get('Content-Type')).to.equal('application/json');
    expect(requests[0]!.headers.get('Idempotency-Key')).to.equal(validSubmitInput().idempotencyKey);
    expect(requests[0]!.headers.get('Accept')).to.equal(ACCEPT);
  });

  it('rejects with what the headers function threw, without sending anything', async () => {
    const failure = new Error('no CSRF token on the page');
    const { adapter, requests } = harness([json(200, validContext())], {
      headers: () => {
        throw failure;
      },
    });
    let thrown: unknown;
    await adapter.loadContext({}).catch((error: unknown) => (thrown = error));
    expect(thrown).to.equal(failure);
    expect(requests).to.have.length(0);
  });

  it('uses the global fetch, looked up at each request, when none is given', async () => {
    const original = globalThis.fetch;
    const { fetch, requests } = fakeFetch(json(200, validContext()));
    const adapter = createHttpAdapter({ baseUrl: BASE });
    globalThis.fetch = fetch as typeof globalThis.fetch;
    try {
      await adapter.loadContext({});
    } finally {
      globalThis.fetch = original;
    }
    expect(requests.map((r) => r.url)).to.deep.equal([`${BASE}/context`]);
  });

  it('gives fetch a signal that follows the caller’s', async () => {
    const { adapter, requests } = harness(['never']);
    const controller = new AbortController();
    const call = adapter.loadContext({}, { signal: controller.signal }).catch(() => undefined);
    await waitUntil(() => requests.length === 1, 'fetch was not called');
    const signal = requests[0]!.init.signal!;
    expect(signal.aborted).to.equal(false);
    controller.abort();
    expect(signal.aborted).to.equal(true);
    await call;
  });
});
