import type { z } from 'zod';
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

export interface CollectionDefinition {
	/** Folder under content/ that holds one YAML file per entry; the file name is the id. */
	directory: string;
	/** How an author calls one entry, in Dutch. */
	noun: string;
	schema: z.ZodType;
	references: Reference[];
}

/** The structured content of the handbook. Pages, the content check and tests all read this. */
export const collections = {
	sources: { directory: 'sources', noun: 'bron', schema: sourceSchema, references: [] },
	themes: { directory: 'themes', noun: 'thema', schema: themeSchema, references: [] },
	rules: {
		directory: 'rules',
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
		noun: 'onderwerp',
		schema: topicSchema,
		references: [{ field: 'source.document', target: 'sources' }],
	},
	agreements: {
		directory: 'agreements',
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
		noun: 'begrip',
		schema: termSchema,
		references: [
			{ field: 'related[]', target: 'terms' },
			{ field: 'definition.source.document', target: 'sources' },
		],
	},
	interpretations: {
		directory: 'interpretations',
		noun: 'interpretatie',
		schema: interpretationSchema,
		references: [
			{ field: 'rule', target: 'rules' },
			{ field: 'agreement', target: 'agreements' },
		],
	},
} as const satisfies Record<CollectionName, CollectionDefinition>;
