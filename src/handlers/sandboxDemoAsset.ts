import { SandboxError } from '../errors.js';
import { demoAsset, isDemoAsset } from '../sandbox/demo-assets.js';
import type { Handler } from './handler.js';

/** GET /__sandbox/demo/{asset}: one of a fixed list (openapi.yaml's enum, checked again here). */
export const sandboxDemoAsset: Handler = async (input) => {
  const name = input.params.asset;
  if (!isDemoAsset(name) || name === 'index.html') {
    throw new SandboxError('resource_not_found', { missing: `No demo asset ${name}`, fix: "the page's assets are demo.js, demo.css and simplewebauthn-browser.js" });
  }
  const { body, type } = demoAsset(name);
  return { status: 200, body, headers: { 'content-type': type, 'cache-control': 'no-cache' } };
};
