import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { join } from 'node:path';
import { contentRoot, edition, editions, organisation, verifyVersions } from 'virtual:handbook/context';
import { editionsLoader, handbookLoader, type HandbookSource } from './lib/content/handbook-loader.ts';
import { shownInterpretations } from './lib/versions/edition-content.ts';
import { collections as definitions } from './schemas/collections.ts';
import { pageSearchSchema } from './schemas/page-search.ts';

/**
 * The handbook's collections are read by its own reader (handbookLoader), which checks the whole
 * handbook and renders each body, so the pages see the files and values the Dutch content check has
 * passed, and bad content stops the build there.
 *
 * The edition they are read from comes from the handbook integration (src/integrations/handbook.ts),
 * like everything else a page learns about its build. Astro loads this file through a Vite server
 * made from the project's config, integrations' plugins included (astro/dist/core/sync: the temporary
 * server of `astro sync`, `check` and `build` merges `config.vite`), so the virtual module resolves
 * here as in a page. Starlight's own loaders read their folder from the loader context's `config`
 * instead, when they run; ours needs the edition before, to name the folders.
 */
const handbook: HandbookSource = { contentRoot, edition, editions, verifyVersions, settings: organisation };

const handbookDocsSchema = docsSchema({
	extend: z.object({
		search: pageSearchSchema.prefault({}),
		/** For a page the sidebar does not list: the address of the sidebar item it belongs under. */
		sidebarLocation: z.string().optional(),
	}),
});
type SchemaContext = Parameters<typeof handbookDocsSchema>[0];
let pageSchema: ReturnType<typeof handbookDocsSchema> | undefined;

/**
 * Starlight's <StarlightPage> builds this schema again for every page it renders, ≈2 ms each:
 * 10 s of a build with 5,000 interpretations. Its context is always the same (an image check for
 * a hero, which no page of ours passes), so the schema is built once for those pages. Astro's own
 * calls, for the files in content/docs, pass a context per file and still get a schema of their own.
 */
function docsSchemaFor(context: SchemaContext) {
	if (!String(context.image).includes('<StarlightPage>')) return handbookDocsSchema(context);
	return (pageSchema ??= handbookDocsSchema(context));
}

export const collections = {
	// The pages of the edition this build shows. Starlight's docsLoader reads src/content/docs only,
	// so the same glob it uses (files starting with _ skipped) reads the edition's own folder.
	docs: defineCollection({
		loader: glob({ base: join(edition.contentFolder, 'docs'), pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchemaFor,
	}),
	// Starlight's UI strings belong to the site, not to a version. Starlight's i18nLoader reads only
	// src/content/i18n; the same glob it uses reads content/i18n (a link there would be a plain text
	// file on a Windows clone without core.symlinks).
	i18n: defineCollection({ loader: glob({ base: 'content/i18n', pattern: '**/[^_]*.{json,yml,yaml}' }), schema: i18nSchema() }),
	sources: defineCollection({ loader: handbookLoader('sources', handbook), schema: definitions.sources.schema }),
	themes: defineCollection({ loader: handbookLoader('themes', handbook), schema: definitions.themes.schema }),
	rules: defineCollection({ loader: handbookLoader('rules', handbook), schema: definitions.rules.schema }),
	topics: defineCollection({ loader: handbookLoader('topics', handbook), schema: definitions.topics.schema }),
	agreements: defineCollection({ loader: handbookLoader('agreements', handbook), schema: definitions.agreements.schema }),
	terms: defineCollection({ loader: handbookLoader('terms', handbook), schema: definitions.terms.schema }),
	interpretations: defineCollection({ loader: handbookLoader('interpretations', handbook, (entries) => shownInterpretations(entries, organisation)), schema: definitions.interpretations.schema }),
	// The published versions up to this edition, for the pages that compare editions
	// (src/lib/versions/edition-entries.ts); their entries were checked against the schemas above.
	editions: defineCollection({ loader: editionsLoader(handbook) }),
};
