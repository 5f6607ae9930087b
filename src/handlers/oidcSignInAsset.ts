import { SandboxError } from '../errors.js';
import { signInAsset } from '../services/oidc/sign-in-assets.js';
import type { Handler } from './handler.js';

/** GET <issuer>/sign-in/assets/{asset}: the sign-in page's scripts (openapi.yaml's enum, checked again here). */
export const oidcSignInAsset: Handler<'oidcSignInAsset'> = async (input) => {
  const body = signInAsset(input.params.asset);
  if (body === undefined) throw new SandboxError('resource_not_found', { missing: `No sign-in page asset ${input.params.asset}`, fix: 'the assets are sign-in.js and simplewebauthn-browser.js' });
  return { status: 200, body, headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' } };
};
