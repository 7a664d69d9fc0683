/**
 * The face-recognition hand-off page: what the subscriber's phone would open from the QR code. In
 * the demo it stands in for the operator's face check with one button. Standalone HTML with no
 * script and no external asset, under a CSP that allows only its own stylesheet and form.
 */
import { textReply, type Reply } from './reply.js';

export const FACE_STYLESHEET_PATH = '/demo/face.css';

const FACE_CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const FACE_CSS = `body { margin: 0; font: 16px/1.6 system-ui, sans-serif; color: #1a1a1a; background: #f4f6f8; }
main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 12px; }
h1 { font-size: 1.35rem; margin: 0 0 0.75rem; }
.en { color: #555; font-size: 0.95rem; }
button { font: inherit; padding: 0.75rem 1.5rem; border: 0; border-radius: 8px; background: #0066cc; color: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #ffb300; outline-offset: 2px; }
code { word-break: break-all; }
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(status: number, title: string, body: string): Reply {
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${FACE_STYLESHEET_PATH}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
  return textReply(status, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': FACE_CSP });
}

export interface FacePageInput {
  challengeId: string;
  /** Where the approve form posts. */
  approveAction: string;
  approved: boolean;
}

export function facePage({ challengeId, approveAction, approved }: FacePageInput): Reply {
  const id = `<p>验证编号 <span lang="en">Challenge</span>: <code>${escapeHtml(challengeId)}</code></p>`;
  if (approved) {
    return page(
      200,
      '识别已通过 · Face recognition approved',
      `<h1>识别已通过</h1>
<p>请返回原页面继续办理退订，页面会自动进入下一步。</p>
<p class="en" lang="en">Face recognition approved. Return to the page you came from: it moves on by itself.</p>
${id}`,
    );
  }
  return page(
    200,
    '模拟手机人脸识别 · Simulated face recognition',
    `<h1>模拟手机人脸识别</h1>
<p>这是演示用的模拟页面：正式环境中，用户在手机上完成人脸识别。点击下方按钮即视为识别通过。</p>
<p class="en" lang="en">Simulated face recognition on a phone. In production the subscriber's face is checked here; in this demo, the button below counts as a successful check.</p>
${id}
<form method="post" action="${escapeHtml(approveAction)}">
<button type="submit">通过识别 / Approve</button>
</form>`,
  );
}

export function faceNotFoundPage(): Reply {
  return page(
    404,
    '链接无效 · Link not valid',
    `<h1>链接无效</h1>
<p>找不到这次人脸识别，请回到原页面重新发起。</p>
<p class="en" lang="en">This face recognition was not found. Go back to the page and start it again.</p>`,
  );
}

export function faceStylesheet(): Reply {
  return textReply(200, 'text/css; charset=utf-8', FACE_CSS);
}
