import { ok, type Handler } from './handler.js';

export const getJwks: Handler<'getJwks'> = async (_input, { svc }) => ok(svc.tokens.jwks());
