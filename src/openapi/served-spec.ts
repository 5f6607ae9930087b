import type { OpenAPIV3 } from 'openapi-types';
import { specYaml } from './spec.js';

/**
 * The server the served spec names first: a relative URL, which OpenAPI resolves against the
 * address the document was fetched from. The file says `http://localhost:8787`, but a sandbox
 * started with `--port 0`, on another port or behind Docker's port mapping is elsewhere, and
 * Swagger UI's "Try it out" (and any client generated from /openapi.yaml) would call a port
 * where nothing answers (issue #19). Relative rather than the request's origin: the answer is
 * the same for every request (deterministic, cacheable) and stays right behind a proxy that
 * rewrites Host.
 */
export const thisSandbox: OpenAPIV3.ServerObject = { url: '/', description: 'this sandbox (the address serving this document)' };

/** The file's own entries for a local sandbox, which `thisSandbox` replaces. */
const isLocalSandbox = (server: OpenAPIV3.ServerObject) => /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(server.url);

/** A top-level `servers:` block of a YAML document: the key and its indented lines. */
const serversBlock = /^servers:[ \t]*\n(?:[ \t]+.*\n)*/m;

export interface ServedSpec {
  /** What /docs shows and /docs/json gives. */
  document: OpenAPIV3.Document;
  /** What /openapi.yaml gives: the same document as YAML. */
  text: string;
}

/**
 * The spec as the sandbox serves it: `spec` with `thisSandbox` first among its servers.
 * `fileText`, when given, is the YAML `spec` was parsed from: it is served as written (its
 * comments and layout are what contract testers read) with only its `servers:` block
 * replaced; without it (SANDBOX_API=off removes paths) the document is written out as YAML.
 */
export function servedSpec(spec: OpenAPIV3.Document, fileText?: string): ServedSpec {
  const servers = [thisSandbox, ...(spec.servers ?? []).filter((s) => !isLocalSandbox(s))];
  const document = { ...spec, servers };
  if (fileText === undefined) return { document, text: specYaml(document) };
  // JSON values are YAML too (strings double-quoted, objects in flow style): no YAML writer
  // is loaded for these few lines.
  const entry = (server: OpenAPIV3.ServerObject) => Object.entries(server)
    .map(([key, value], i) => `${i === 0 ? '  - ' : '    '}${key}: ${JSON.stringify(value)}\n`).join('');
  const block = `servers:\n${servers.map(entry).join('')}`;
  const text = serversBlock.test(fileText) ? fileText.replace(serversBlock, block) : `${fileText.replace(/\n?$/, '\n')}${block}`;
  return { document, text };
}
