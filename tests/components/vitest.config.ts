import { getViteConfig } from 'astro/config';

/**
 * Components rendered on their own with Astro's Container API: Astro's compiler without the
 * project's config (which checks all content first) and without a build. A component takes what it
 * shows as props or route data (`locals.handbook`), so each test passes its own.
 */
const root = new URL('../../', import.meta.url).pathname;

export default getViteConfig({ root, test: { name: 'componenten', include: ['tests/components/**/*.test.ts'] } }, { configFile: false, root, logLevel: 'error' });
