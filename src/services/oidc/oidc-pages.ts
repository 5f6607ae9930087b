/**
 * The OIDC face's server-rendered pages: plain HTML that works without JavaScript, one
 * heading, text in labelled landmarks, and every value escaped (a client name or a redirect URI
 * in an error message is attacker-chosen text).
 */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `issuer`: the pages with a script name it on <body>, where the script reads its endpoints from. */
export function page(title: string, main: string, issuer?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ssojet-sandbox</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; }
button, input { font: inherit; padding: .5rem .75rem; }
:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.error { border-left: 4px solid #b42318; padding-left: 1rem; }
section { margin: 1.5rem 0; }
label { display: block; margin-bottom: .25rem; }
[hidden] { display: none !important; }
</style>
</head>
<body${issuer ? ` data-issuer="${escapeHtml(issuer)}" data-busy="false"` : ''}>
<main>
${main}
</main>
</body>
</html>
`;
}

/** An error the client cannot be told by redirect (unknown client, unregistered URI). */
export function errorPage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p class="error" role="alert">${escapeHtml(message)}</p>`);
}

export function signedOutPage(ended: number): string {
  const what = ended > 0 ? 'You are signed out of the sandbox\'s sign-in session.' : 'There was no sign-in session to end; you are signed out.';
  return page('Signed out', `<h1>Signed out</h1>\n<p role="status">${what}</p>`);
}
