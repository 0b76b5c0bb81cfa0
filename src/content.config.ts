import { basename, extname, join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentRoot } from './lib/content-root.ts';
import { collections as definitions, type CollectionDefinition } from './schemas/collections.ts';

/**
 * One YAML file per entry under content/<directory>/, in any subfolder; the file name is the id.
 * The Dutch content check (src/lib/load-handbook.ts) has already run when Astro loads these.
 */
function dataCollection<T extends CollectionDefinition>({ directory, schema }: T) {
	return defineCollection({
		loader: glob({
			pattern: '**/*.{yaml,yml}',
			base: join(contentRoot, directory),
			generateId: ({ entry }) => basename(entry, extname(entry)),
		}),
		schema: schema as T['schema'],
	});
}

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	sources: dataCollection(definitions.sources),
	themes: dataCollection(definitions.themes),
	rules: dataCollection(definitions.rules),
	topics: dataCollection(definitions.topics),
	agreements: dataCollection(definitions.agreements),
	terms: dataCollection(definitions.terms),
	interpretations: dataCollection(definitions.interpretations),
};
