/**
 * `npm run i18n`: compile messages/ into src/lib/paraglide without Vite, for svelte-check and
 * eslint, which read the compiled messages' types. Vite (dev, build, vitest) compiles by itself.
 */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './support/paraglide-options';

await compile(paraglideOptions());
