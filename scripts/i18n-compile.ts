/**
 * `npm run i18n`: compile messages/ into src/lib/paraglide without Vite, for svelte-check, eslint
 * and the unit tests, which read the compiled messages. Vite (dev, build) compiles by itself.
 */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './support/paraglide-options';

await compile(paraglideOptions());
// The compiler's project store keeps handles open for half a minute after it is done.
process.exit(0);
