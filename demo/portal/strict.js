// The strict page's own script: an external file, since the page's CSP allows no inline script.
// It shows every Content-Security-Policy violation the page reports (there should be none) and
// the fake phone's texts, writing text nodes only (no HTML sinks, which Trusted Types would block).
const count = document.getElementById('violation-count');
const list = document.getElementById('violations');
const inbox = document.getElementById('inbox');
let violations = 0;

document.addEventListener('securitypolicyviolation', (event) => {
  violations += 1;
  count.textContent = String(violations);
  const item = document.createElement('li');
  item.textContent = `${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sourceFile}:${event.lineNumber}`;
  list.append(item);
});

async function refreshInbox() {
  if (document.visibilityState === 'hidden') return;
  try {
    const response = await fetch('/demo/inbox', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const { messages } = await response.json();
    inbox.replaceChildren(
      ...messages.map((message) =>
        Object.assign(document.createElement('li'), {
          textContent: message.kind === 'receipt' ? `${message.to}: ${message.text}` : `${message.to}: 验证码 ${message.code}`,
        }),
      ),
    );
  } catch {
    // The back end is restarting; the next tick tries again.
  }
}
refreshInbox();
setInterval(refreshInbox, 2000);
