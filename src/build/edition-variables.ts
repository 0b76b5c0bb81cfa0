// The environment variables by which scripts/build.ts tells each edition's Astro process what it
// worked out before the build. A module of its own, with no imports: the build script waits on
// every Astro process with what it imported in memory beside it (see scripts/build.ts).

/**
 * The environment variable by which scripts/build.ts tells each edition's Astro process that it has
 * verified the published versions itself, so none reads every frozen file again. A bare
 * `astro build` or `astro dev` does not set it, and verifies as before.
 */
export const versionsVerifiedVariable = 'HANDBOOK_VERSIONS_VERIFIED';

/**
 * scripts/build.ts builds the oldest edition first and tells each next build, through a file named
 * in this variable, which addresses the editions before it serve (servedPaths in
 * src/lib/versions/missing-page.ts); astro.config.mjs reads it and hands it to the handbook integration.
 */
export const servedPathsVariable = 'HANDBOOK_SERVED_PATHS';

/**
 * The environment variable by which scripts/build.ts hands the working version's Astro build the
 * hash of the code, the settings and the versions' manifests (BuildPlan.pageCacheSeed): with it,
 * Astro renders again only the pages whose content or code changed since the last build
 * (src/lib/page-cache-key.ts). A bare `astro build` does not set it, and renders every page.
 */
export const pageCacheSeedVariable = 'HANDBOOK_PAGE_CACHE_SEED';
