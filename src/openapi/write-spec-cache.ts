// `npm run build` runs this after tsc: openapi.yaml parsed once, to dist/openapi.json (see spec.ts).
import { writeSpecCache } from './spec.js';

process.stdout.write(`wrote ${writeSpecCache()}\n`);
