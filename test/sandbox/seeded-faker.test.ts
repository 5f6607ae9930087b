// seededFaker imports only the English locale: it must invent exactly the users the whole
// package's `new Faker({ locale: [en, base] })` invents, or a seed would seed other users.
import t from 'tap';
import { Faker, base, en } from '@faker-js/faker';
import { seededFaker } from '../../src/sandbox/seeded-faker.js';

const emails = (faker: Faker) => Array.from({ length: 20 }, () =>
  faker.internet.email({ firstName: faker.person.firstName(), lastName: faker.person.lastName(), provider: 'example.com' }));

t.test('seededFaker invents the same names and emails as a Faker with [en, base] for the same seed', async (t) => {
  for (const seed of [0, 1, 42, 2 ** 31 - 1]) {
    const whole = new Faker({ locale: [en, base] });
    whole.seed(seed);
    t.same(emails(await seededFaker(seed)), emails(whole), `seed ${seed}`);
  }
});

t.test('each call gives its own instance, so two resets at once do not share a sequence', async (t) => {
  const [a, b] = await Promise.all([seededFaker(7), seededFaker(7)]);
  t.not(a, b);
  t.same(emails(a), emails(b));
});
