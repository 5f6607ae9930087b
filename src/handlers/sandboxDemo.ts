import { demoAsset } from '../sandbox/demo-assets.js';
import type { Handler } from './handler.js';

/** GET /__sandbox/demo: the demo page (public/demo/index.html). */
export const sandboxDemo: Handler<'sandboxDemo'> = async () => {
  const { body, type } = demoAsset('index.html');
  return { status: 200, body, headers: { 'content-type': type, 'cache-control': 'no-cache' } };
};
