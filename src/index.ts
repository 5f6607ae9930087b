export { createSandbox, type Sandbox, type SandboxAuthenticator, type SandboxOptions } from './create-sandbox.js';
export { buildApp, type Built, type BuildOptions } from './app.js';
export { loadConfig, resolveConfig, configKeys, defaultConfig, type Config } from './config.js';
export { errorCatalog, renderError, SandboxError, type ErrorBody, type ErrorId } from './errors.js';
export type { Store } from './store/store.js';
export { MemoryStore } from './store/memory-store.js';
export * from './authenticator/index.js';
