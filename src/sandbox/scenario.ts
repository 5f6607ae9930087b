import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxError } from '../errors.js';
import { packageRoot } from '../lib/package-root.js';
import type { ClientInput } from '../services/clients.js';

export interface Scenario {
  description?: string;
  clients: Array<ClientInput & {
    users?: Array<{ user_id?: string; email: string; first_name?: string; last_name?: string }>;
    /** How many more users a seeded Faker instance invents. */
    generated_users?: number;
    /**
     * How many more users with indexed emails (`user<i>@load.example.com`, i from 1): cheap
     * enough for 100 000 (Faker takes ~20 us a user), for load scenarios.
     */
    bulk_users?: number;
    /** Give every generated and bulk user one passkey (see src/sandbox/generated-passkeys.ts). */
    generated_passkeys?: boolean;
  }>;
}

export const scenariosDir = join(packageRoot, 'fixtures', 'scenarios');

export function scenarioNames(): string[] {
  return readdirSync(scenariosDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

const cache = new Map<string, Scenario>();

export function loadScenario(name: string): Scenario {
  const cached = cache.get(name);
  if (cached) return cached;
  const file = join(scenariosDir, `${name}.json`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !existsSync(file)) {
    throw new SandboxError('unknown_scenario', { name, available: scenarioNames().join(', ') });
  }
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as Scenario;
  if (!Array.isArray(scenario.clients)) throw new Error(`Scenario ${file} has no "clients" array`);
  cache.set(name, scenario);
  return scenario;
}
