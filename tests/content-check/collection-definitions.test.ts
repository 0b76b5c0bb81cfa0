import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { collectionNames, collections, type Reference } from '../../src/schemas/collections.ts';

/** The schema at a reference path such as `terms[]` or `definition.source.document`, or undefined if a step is missing. */
function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
	let current: z.ZodType | undefined = schema;
	for (const step of path.split('.')) {
		const isList = step.endsWith('[]');
		const key = isList ? step.slice(0, -2) : step;
		const shape = unwrap(current) instanceof z.ZodObject ? (unwrap(current) as z.ZodObject).shape : undefined;
		current = shape?.[key] as z.ZodType | undefined;
		if (!current) return undefined;
		if (isList) {
			const list = unwrap(current);
			if (!(list instanceof z.ZodArray)) return undefined;
			current = list.element as z.ZodType;
		}
	}
	return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
	let current = schema;
	while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
	return current;
}

describe('the collection definitions', () => {
	// A renamed field would otherwise leave its reference check pointing at nothing, silently.
	test.each(collectionNames.flatMap((name) => (collections[name].references as readonly Reference[]).map((reference) => [name, reference.field, reference] as const)))(
		'%s: the reference field %s exists in the schema and holds an id',
		(name, _, reference) => {
			const field = unwrap(schemaAt(collections[name].schema, reference.field));
			expect(field, `${name}.${reference.field}`).toBeInstanceOf(z.ZodString);
		},
	);
});
