import type { SandboxError } from '../../errors.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page Verify Magic Link answers with: SSOJet's is titled "SSOJet | Successfully verified"
 * (card layout, Inter, link colour #5e00cf, ssojet-api.md §4.3); its error page is not
 * documented, so ours has the same card with the refusal's words and what to do.
 */
function page(title: string, heading: string, lines: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SSOJet | ${escape(title)}</title>
<style>
body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center; background: #f4f2f8; font-family: Inter, "Maven Pro", system-ui, sans-serif; color: #1d1b22; }
main { background: #fff; border-radius: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.08); padding: 40px 48px; max-width: 480px; text-align: center; }
h1 { font-size: 1.4rem; margin: 0 0 12px; }
p { line-height: 1.5; margin: 8px 0; }
a { color: #5e00cf; }
</style>
</head>
<body>
<main>
<h1>${escape(heading)}</h1>
${lines.map((line) => `<p>${escape(line)}</p>`).join('\n')}
</main>
</body>
</html>
`;
}

export function verifiedPage(clientName: string): string {
  return page('Successfully verified', 'Successfully verified', [
    `You are signed in to ${clientName}.`,
    'You can close this tab and return to the app: it picks the sign-in up by itself.',
  ]);
}

export function linkErrorPage(error: SandboxError): string {
  const expired = error.id === 'state_expired';
  return page(expired ? 'Link expired' : 'Invalid link', expired ? 'This link has expired' : 'This link cannot be used', [
    error.message,
    'Go back to the app and ask for a new link.',
  ]);
}

/** The 302 of `policy.magic_link_redirect` carries a tiny page too, for clients that do not follow redirects. */
export function redirectPage(location: string): string {
  return page('Redirecting', 'Successfully verified', [`Continuing to ${location}`]);
}

/** The client's redirect URL with `state` added to whatever query it has. */
export function redirectUrl(base: string, state: string): string {
  const url = new URL(base);
  url.searchParams.set('state', state);
  return url.toString();
}
