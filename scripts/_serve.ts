import { createSandbox } from '../src/create-sandbox.js';
const sb = await createSandbox({ seed: 42, port: Number(process.env.PORT_X ?? 18787), responseValidation: 'error' });
console.log(sb.url);
setTimeout(() => { void sb.close(); }, Number(process.env.LIFE ?? 120_000));
