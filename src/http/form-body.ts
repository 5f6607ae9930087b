import type { FastifyBodyParser } from 'fastify';

/**
 * The content-type parser of `application/x-www-form-urlencoded` bodies, which the OIDC token
 * and revocation endpoints take (RFC 6749 §4.1.3, RFC 7009 §2.1). Every field is a string, as
 * the form carries it; a field sent twice becomes a list, so the operation's schema in
 * openapi.yaml refuses it by name (OAuth parameters must not repeat, RFC 6749 §3.2) rather than
 * one value silently winning. The object is then validated from the spec like a JSON body.
 */
export const parseForm: FastifyBodyParser<string> = (_request, body, done) => {
  const form: Record<string, string | string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(body)) {
    const seen = form[name];
    form[name] = seen === undefined ? value : [seen, value].flat();
  }
  done(null, { ...form });
};
