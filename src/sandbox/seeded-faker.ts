import type { Faker } from '@faker-js/faker';

export type { Faker };

/**
 * A new Faker instance with the English locale (en, then base), seeded: what
 * `new Faker({ locale: [en, base] })` from the package root gives, without importing the root.
 * The root loads every locale (~90 modules, ~0.4 s of CPU at start-up on the bench machine);
 * `@faker-js/faker/locale/en` loads only en and base (~0.07 s). That entry exports a ready
 * instance, not the class or the locale objects, so its class and merged definitions build our
 * own instance: a module-wide instance would be shared by every app in the process, and two
 * resets running at once would then draw from each other's sequence.
 */
export async function seededFaker(seed: number): Promise<Faker> {
  const { faker: english } = await import('@faker-js/faker/locale/en');
  const FakerClass = english.constructor as new (options: { locale: Faker['rawDefinitions'] }) => Faker;
  const faker = new FakerClass({ locale: english.rawDefinitions });
  faker.seed(seed);
  return faker;
}
