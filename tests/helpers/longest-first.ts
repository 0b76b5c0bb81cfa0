import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest on two cores (DEVELOPING, "Test projects and run times"), longest
 * first. vitest starts the files that took longest in its last run first, from its cache in
 * node_modules/.vite; a clean clone (CI, the git host) has no cache, and vitest then starts larger
 * files first. accessibility.test.ts is small but takes a third of the site's time, so it started
 * near the end and ran on alone for minutes while the other worker had nothing left to do.
 */
const longestFirst = ['tests/browser/accessibility.test.ts', 'tests/build/versions.test.ts', 'tests/build/many-interpretations.test.ts', 'tests/browser/privacy.test.ts'];

const rankOf = (spec: TestSpecification) => {
	const rank = longestFirst.findIndex((file) => spec.moduleId.endsWith(file));
	return rank === -1 ? longestFirst.length : rank;
};

/** vitest's own order, with the files above moved to the front: with a cache they are there already. */
export class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		return sorted.map((spec, order) => ({ spec, order })).sort((a, b) => rankOf(a.spec) - rankOf(b.spec) || a.order - b.order).map(({ spec }) => spec);
	}
}
