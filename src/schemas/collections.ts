import type { z } from 'zod';
import type { Placeholder } from '../lib/content/template-leftovers.ts';
import { interpretationPlaceholders } from '../lib/proposal/template-text.ts';
import { agreementSchema } from './agreement.ts';
import { interpretationSchema } from './interpretation.ts';
import { ruleSchema } from './rule.ts';
import { sourceSchema } from './source.ts';
import { termSchema } from './term.ts';
import { themeSchema } from './theme.ts';
import { topicSchema } from './topic.ts';

/** Read in this order: what others refer to before what refers to it. */
export const collectionNames = ['sources', 'themes', 'rules', 'topics', 'agreements', 'terms', 'interpretations'] as const;
export type CollectionName = (typeof collectionNames)[number];

/** A field of one collection that names an entry of another collection by its id. */
export interface Reference {
	/** Path to the field; `[]` marks a list of ids. */
	field: string;
	target: CollectionName;
}

/**
 * How the entries of a collection are written. `yaml`: one .yaml file of fields. `mdx`: one .mdx
 * file with the fields as frontmatter and prose in the body, in the safe subset of MDX that the
 * content check allows.
 */
export type ContentFormat = 'yaml' | 'mdx';

export interface CollectionDefinition {
	/** Folder under content/ that holds one file per entry, in any subfolder; the file name is the id. */
	directory: string;
	/** How an author calls one entry, in Dutch. */
	noun: string;
	format: ContentFormat;
	/** Whether an MDX entry must have prose in its body. */
	bodyRequired?: boolean;
	/** Text of the template a new entry starts from, which the author must replace. */
	placeholders?: readonly Placeholder[];
	schema: z.ZodType;
	references: Reference[];
}

/**
 * The content of the handbook. The content check, Astro's collections and the tests all read it
 * through one reader (src/lib/content/), so they agree on which files are content.
 */
export const collections = {
	sources: { directory: 'sources', noun: 'bron', format: 'yaml', schema: sourceSchema, references: [] },
	themes: { directory: 'themes', noun: 'thema', format: 'mdx', schema: themeSchema, references: [] },
	rules: {
		directory: 'rules',
		format: 'mdx',
		noun: 'regel',
		schema: ruleSchema,
		references: [
			{ field: 'theme', target: 'themes' },
			{ field: 'source.document', target: 'sources' },
			{ field: 'terms[]', target: 'terms' },
		],
	},
	topics: {
		directory: 'topics',
		format: 'mdx',
		noun: 'onderwerp',
		schema: topicSchema,
		references: [{ field: 'source.document', target: 'sources' }],
	},
	agreements: {
		directory: 'agreements',
		format: 'mdx',
		noun: 'werkafspraak',
		schema: agreementSchema,
		references: [
			{ field: 'topic', target: 'topics' },
			{ field: 'source.document', target: 'sources' },
			{ field: 'terms[]', target: 'terms' },
		],
	},
	terms: {
		directory: 'terms',
		format: 'yaml',
		noun: 'begrip',
		schema: termSchema,
		references: [
			{ field: 'related[]', target: 'terms' },
			{ field: 'definition.source.document', target: 'sources' },
		],
	},
	interpretations: {
		directory: 'interpretations',
		format: 'mdx',
		bodyRequired: true,
		placeholders: interpretationPlaceholders,
		noun: 'afspraak van een team of MT',
		schema: interpretationSchema,
		references: [
			{ field: 'rule', target: 'rules' },
			{ field: 'agreement', target: 'agreements' },
		],
	},
} as const satisfies Record<CollectionName, CollectionDefinition>;
