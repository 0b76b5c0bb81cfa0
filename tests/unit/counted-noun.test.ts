import { expect, test } from 'vitest';
import { countedNoun } from '../../src/lib/labels.ts';

test('a count of coverage names what it counts by kind, in one order, and never calls a guideline a werkafspraak', () => {
	expect(countedNoun(['rule', 'stedelijke-richtlijn', 'directienorm'], 24)).toBe('regels, normen en richtlijnen');
	expect(countedNoun(['directienorm', 'rule', 'stedelijke-richtlijn'], 24)).toBe('regels, normen en richtlijnen');
	expect(countedNoun(['stedelijke-richtlijn', 'afdelingsafspraak', 'directienorm'], 15)).toBe('normen, richtlijnen en afdelingsafspraken');
	expect(countedNoun(['rule'], 1)).toBe('regel');
	expect(countedNoun(['rule'], 4)).toBe('regels');
	expect(countedNoun(['directienorm', 'stedelijke-richtlijn'], 1)).toBe('normen en richtlijnen');
});
