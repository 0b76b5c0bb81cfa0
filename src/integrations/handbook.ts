import { createHash } from 'node:crypto';
import type { AstroIntegration, ViteUserConfig } from 'astro';
import type { Edition } from '../lib/edition.ts';
import type { Organisation } from '../schemas/organisation.ts';

/**
 * What one build of the handbook is about, worked out once by astro.config.mjs and validated there:
 * the edition it shows, every edition, the owner's settings, and the content root they came from.
 */
export interface HandbookContext {
	/** The edition this build shows; one of `editions`. */
	edition: Edition;
	/** Every edition, oldest published version first and the working version last. */
	editions: Edition[];
	/** The owner's settings (content/organisation.yaml), checked against their schema. */
	organisation: Organisation;
	/** The folder of the working version's collections, the settings and the published versions. */
	contentRoot: string;
	/** Whether the content loader verifies the published versions' checksums: not when the build entry (scripts/build.ts) did so once for every edition. */
	verifyVersions: boolean;
	/**
	 * The addresses each edition built before this one serves, by edition id (scripts/build.ts builds
	 * the oldest first and hands them on; servedPaths in src/lib/versions/missing-page.ts). None when
	 * Astro is run on its own.
	 */
	servedPaths?: Record<string, string[]>;
	/**
	 * What the code, the settings and the versions' manifests hash to (BuildPlan.pageCacheSeed), when
	 * scripts/build.ts builds the working version: pages then give Astro a key of what they show, and
	 * are rendered again only when it changes (src/lib/page-cache-key.ts). None otherwise.
	 */
	pageCacheSeed?: string;
}

/** The module pages, the middleware and the content config import the context from (typed in src/env.d.ts). */
export const contextModuleId = 'virtual:handbook/context';
const resolvedContextModuleId = `\0${contextModuleId}`;

/**
 * The source of the virtual module. The edition is exported as the same object as its place in
 * `editions`, so a page may compare editions by identity, as it compares them anywhere else.
 */
export function contextModuleSource({ edition, editions, organisation, contentRoot, verifyVersions, servedPaths = {}, pageCacheSeed }: HandbookContext): string {
	const index = editions.findIndex((candidate) => candidate.id === edition.id);
	if (index === -1) throw new Error(`handbook(): de editie "${edition.id}" staat niet in de lijst van edities (${editions.map(({ id }) => id).join(', ')}).`);
	// Everything here that a page can show, folded into the seed. This module's code is part of every
	// page's code for Astro's page cache: nothing in it may differ between a build with caches and one
	// without (`--zonder-cache`), or the build after it would render every page again.
	const pageSeed = pageCacheSeed && createHash('sha256').update(JSON.stringify([pageCacheSeed, edition.id, editions, organisation, contentRoot, servedPaths])).digest('hex');
	return [
		`export const editions = ${JSON.stringify(editions)};`,
		`export const edition = editions[${index}];`,
		`export const organisation = ${JSON.stringify(organisation)};`,
		`export const contentRoot = ${JSON.stringify(contentRoot)};`,
		`export const verifyVersions = ${JSON.stringify(verifyVersions)};`,
		// Sets made once, when the module loads: every page's version switcher looks paths up in them.
		`export const servedPaths = new Map(Object.entries(${JSON.stringify(servedPaths)}).map(([id, paths]) => [id, new Set(paths)]));`,
		`export const pageCacheSeed = ${JSON.stringify(pageSeed)};`,
	].join('\n');
}

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

function contextPlugin(source: string): VitePlugin {
	return {
		name: 'handbook:context',
		resolveId: (id) => (id === contextModuleId ? resolvedContextModuleId : undefined),
		load: (id) => (id === resolvedContextModuleId ? source : undefined),
	};
}

/**
 * The handbook as an Astro integration, in Starlight's shape: options in, a virtual module out.
 * astro.config.mjs, the one place that reads the environment, hands it the edition, the editions
 * and the settings; pages and components learn them from `virtual:handbook/context` through the
 * route data (src/middleware.ts fills `Astro.locals.handbook`), never from a global.
 */
export function handbook(context: HandbookContext): AstroIntegration {
	// Checked when the config is read, so a mismatch stops the build before Astro starts.
	const source = contextModuleSource(context);
	return {
		name: 'handbook',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [contextPlugin(source)] } });
			},
		},
	};
}
