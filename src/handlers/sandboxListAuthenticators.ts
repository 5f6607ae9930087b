import { ok, type Handler } from './handler.js';

export const sandboxListAuthenticators: Handler<'sandboxListAuthenticators'> = async (_input, { svc }) => ok(svc.authenticators.list());
