// The demo portal's own behaviour: language, theme and mode switches, the fake phone's inbox,
// an event log, and reset. Plain JavaScript, no framework, as many operator portals are.
const widget = document.getElementById('unsubscribe');
const inbox = document.getElementById('inbox');
const events = document.getElementById('events');

const saved = JSON.parse(localStorage.getItem('cpu-demo') ?? '{}');
function save(patch) {
  Object.assign(saved, patch);
  localStorage.setItem('cpu-demo', JSON.stringify(saved));
}

function applyLocale(locale) {
  widget.setAttribute('locale', locale);
  document.documentElement.lang = locale;
}
function applyTheme(theme) {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

const localeSelect = document.getElementById('demo-locale');
const themeSelect = document.getElementById('demo-theme');
const modeSelect = document.getElementById('demo-mode');
const appearanceSelect = document.getElementById('demo-appearance');
localeSelect.value = saved.locale ?? 'zh-CN';
themeSelect.value = saved.theme ?? 'auto';
modeSelect.value = saved.mode ?? 'guided';
applyLocale(localeSelect.value);
applyTheme(themeSelect.value);
widget.setAttribute('mode', modeSelect.value);
appearanceSelect.value = saved.appearance ?? 'standard';
widget.setAttribute('appearance', appearanceSelect.value);

localeSelect.addEventListener('change', () => {
  applyLocale(localeSelect.value);
  save({ locale: localeSelect.value });
});
themeSelect.addEventListener('change', () => {
  applyTheme(themeSelect.value);
  save({ theme: themeSelect.value });
});
modeSelect.addEventListener('change', () => {
  widget.setAttribute('mode', modeSelect.value);
  save({ mode: modeSelect.value });
});

appearanceSelect.addEventListener('change', () => {
  widget.setAttribute('appearance', appearanceSelect.value);
  save({ appearance: appearanceSelect.value });
});

document.getElementById('demo-reset').addEventListener('click', async () => {
  await fetch('/demo/reset', { method: 'POST' });
  sessionStorage.clear();
  location.reload();
});

// The fake phone and mailbox: the reference back end keeps the codes it "sent" by SMS and the
// receipts it sent by SMS or e-mail; show the newest first.
function inboxItem(message) {
  const item = document.createElement('li');
  const to = document.createElement('div');
  const time = new Date(message.sentAt).toLocaleTimeString();
  if (message.kind === 'receipt') {
    item.className = 'receipt';
    const via = message.channel === 'email' ? '邮件 E-mail' : '短信 SMS';
    to.textContent = `${via} · 发送至 ${message.to} · ${time}`;
    item.append(to);
    if (message.subject) {
      const subject = document.createElement('div');
      subject.className = 'subject';
      subject.textContent = message.subject;
      item.append(subject);
    }
    const text = document.createElement('div');
    text.className = 'receipt-text';
    text.textContent = message.text;
    item.append(text);
    return item;
  }
  to.textContent = `【中国移动】发送至 ${message.to} · ${time}`;
  const text = document.createElement('div');
  text.textContent = '您正在办理移动云电脑退订，验证码：';
  const code = document.createElement('div');
  code.className = 'code';
  code.textContent = message.code;
  item.append(to, text, code);
  return item;
}

async function refreshInbox() {
  if (document.visibilityState === 'hidden') return;
  try {
    const response = await fetch('/demo/inbox', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const { messages } = await response.json();
    inbox.replaceChildren(
      ...(messages.length === 0
        ? [Object.assign(document.createElement('li'), { className: 'inbox-empty', textContent: '暂无消息 No messages yet' })]
        : messages.map(inboxItem)),
    );
  } catch {
    // The back end may be restarting; the next tick tries again.
  }
}
refreshInbox();
setInterval(refreshInbox, 2000);
document.addEventListener('visibilitychange', refreshInbox);

// Every cloudpc-* event, as an operator's analytics would see it.
for (const name of [
  'cloudpc-step-change',
  'cloudpc-verified',
  'cloudpc-submitted',
  'cloudpc-status-change',
  'cloudpc-complete',
  'cloudpc-keep',
  'cloudpc-offer-accepted',
  'cloudpc-feedback',
  'cloudpc-error',
  'cloudpc-login-required',
]) {
  widget.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(event.detail)}`;
    events.prepend(item);
    if (name === 'cloudpc-verified' || name === 'cloudpc-step-change') refreshInbox();
  });
}
