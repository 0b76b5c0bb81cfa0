import { describe, expect, test } from 'vitest';
import { printedHref } from '../../src/lib/printed-links.ts';

/** The handreiking as the build prints it: from a server on this machine, under the edition's base. */
const page = 'http://127.0.0.1:41234/versies/0.1/handreiking/';

describe('a link in the printed handreiking', () => {
	test('to another page of the handbook leads to its public address, with the same path', () => {
		expect(printedHref('/versies/0.1/begrippen/buddy/', page, 'https://wpi.example/de-sociale-norm/')).toBe('https://wpi.example/versies/0.1/begrippen/buddy/');
		expect(printedHref('../begrippen/buddy/#uitleg', page, 'https://wpi.example/')).toBe('https://wpi.example/versies/0.1/begrippen/buddy/#uitleg');
	});

	test('to another page, while the public address is unset, is no link: never one to the build’s own server', () => {
		expect(printedHref('/versies/0.1/begrippen/buddy/', page, undefined)).toBeUndefined();
	});

	test('within the page, or to another site, stays as it is', () => {
		expect(printedHref('#begrip-buddy', page, undefined)).toBe('#begrip-buddy');
		expect(printedHref('https://www.amsterdam.nl/', page, undefined)).toBe('https://www.amsterdam.nl/');
		expect(printedHref('mailto:iemand@example.org', page, 'https://wpi.example/')).toBe('mailto:iemand@example.org');
	});
});
