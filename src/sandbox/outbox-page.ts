import type { OutboxMessage } from '../services/outbox/outbox.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Only the sandbox's own http(s) links become anchors: a message text is never markup. */
const linkOf = (link: string) => (/^https?:\/\//.test(link) ? `<a class="link" href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : escapeHtml(link));

function card(m: OutboxMessage): string {
  return `<article class="msg" id="${m.message_id}">
  <header><span class="kind">${m.kind}</span> <span class="to">${escapeHtml(m.to)}</span> <time>${m.time}</time></header>
  ${m.subject ? `<h2>${escapeHtml(m.subject)}</h2>` : ''}
  ${m.code ? `<p class="code" aria-label="code">${escapeHtml(m.code)}</p>` : ''}
  ${m.link ? `<p>${linkOf(m.link)}</p>` : ''}
  <pre>${escapeHtml(m.text)}</pre>
  <footer>client ${escapeHtml(m.client_id)} · state ${m.state} · send ${m.send_no} · expires ${m.expires_at} · ${m.message_id}</footer>
</article>`;
}

/**
 * GET /__sandbox/outbox/view: the outbox as a local mail catcher shows it (Mailpit, MailHog):
 * newest first, links clickable, codes large. It reloads itself every 2 s, plain HTML with no
 * script, so it works wherever the sandbox runs.
 */
export function outboxPage(messages: OutboxMessage[]): string {
  const newestFirst = [...messages].reverse();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="2">
<title>ssojet-sandbox | Outbox (${messages.length})</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 52rem; color: #1d1d1f; }
.msg { border: 1px solid #ddd; border-radius: 8px; padding: 1rem; margin: 1rem 0; }
.kind { background: #5e00cf; color: #fff; border-radius: 4px; padding: 0 .4rem; font-size: .85rem; }
.code { font-size: 2.5rem; font-weight: 700; letter-spacing: .3rem; margin: .5rem 0; font-family: ui-monospace, monospace; }
.link { color: #5e00cf; word-break: break-all; }
pre { white-space: pre-wrap; background: #f6f6f8; padding: .5rem; border-radius: 4px; }
footer, time { color: #666; font-size: .8rem; }
</style>
</head>
<body>
<h1>Outbox</h1>
<p>The emails and SMS the sandbox sent, newest first (at most 1000; refreshes every 2 s). JSON: <a href="/__sandbox/outbox">/__sandbox/outbox</a>.</p>
${newestFirst.length === 0 ? '<p class="empty">Nothing sent yet.</p>' : newestFirst.map(card).join('\n')}
</body>
</html>
`;
}
