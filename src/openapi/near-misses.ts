/**
 * Paths a caller plausibly guesses that SSOJet does not serve, with the one it does. There is no
 * alias (it would pass here and fail in production, CONTRACT-API §7 #4): the 404 names the path.
 */
const nearMisses: Record<string, string> = {
  '/api/v1/auth/passwordless/email-otp/send':
    "SSOJet serves Email a Magic Auth Code at POST /api/v1/auth/passwordless/magic-otp/send (magic-otp, sic; resend and verify are under email-otp)",
};

/** The 404's fix for a path that is no operation: the path meant, if it is a known near miss. */
export function fixFor(path: string): string {
  return nearMisses[path] ?? 'see /docs for the API';
}
