import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planBuild } from '../../src/build/build-plan.ts';
import { readEditions } from '../../src/lib/edition.ts';
import { contentFixture, minimalContent, shippedContent } from '../helpers/content-fixture.ts';
import { projectRoot } from '../helpers/astro.ts';

/** What the build works out before it builds an edition, in a process of its own (scripts/lib/plan-build.ts). */
describe('the plan of a build', () => {
	test('of the shipped handbook: its editions oldest first, a cache key for each published version and none for the working version, and the handbook’s title', () => {
		const plan = planBuild({ projectRoot, contentRoot: shippedContent, basePath: '/de-sociale-norm/' });
		expect(plan.editions).toEqual(readEditions(shippedContent, { basePath: '/de-sociale-norm/' }));
		expect(Object.keys(plan.cacheKeys)).toEqual(plan.editions.filter((edition) => edition.published).map((edition) => edition.id));
		expect(plan.cacheKeys).not.toHaveProperty('werkversie');
		expect(plan.handbookTitle).toMatch(/\S/);
		expect(readFileSync(join(shippedContent, 'organisation.yaml'), 'utf8')).toContain(plan.handbookTitle!);
	});

	test('is plain data: the build reads it back from JSON as it was made', () => {
		const plan = planBuild({ projectRoot, contentRoot: shippedContent, basePath: '/' });
		expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
	});

	test('gives an edition’s Astro process more heap the more content files it has', () => {
		const interpretations = join(minimalContent, 'interpretations');
		const folder = readdirSync(interpretations)[0]!;
		const file = readdirSync(join(interpretations, folder))[0]!;
		const text = readFileSync(join(interpretations, folder, file), 'utf8');
		const small = contentFixture();
		const large = contentFixture(Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`interpretations/${folder}/kopie-${index}-${file}`, text])));
		const heap = (contentRoot: string) => planBuild({ projectRoot, contentRoot, basePath: '/' }).heapLimits.werkversie!;
		expect(heap(large) - heap(small)).toBe(30);
	});
});
