import { z } from 'zod';

/**
 * zod, set up once for every schema of the add-in: without just-in-time compiled parsers.
 * zod otherwise probes for `new Function`, which the pages' Content-Security-Policy forbids
 * (the probe is caught, but the browser still reports a violation); the schemas here parse
 * small settings and config objects, where compiling gains nothing.
 * Every schema module imports `z` from here, never from 'zod' directly, so this runs first.
 */
z.config({ jitless: true });

export { z };
