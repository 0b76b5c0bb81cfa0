import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro.ts';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

describe('the project says under which licence others may reuse it', () => {
	test('LICENSE holds the EUPL 1.2, and package.json and publiccode.yml name the same licence', () => {
		expect(read('LICENSE')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
		expect(JSON.parse(read('package.json')).license).toBe('EUPL-1.2');
		expect(parse(read('publiccode.yml')).legal.license).toBe('EUPL-1.2');
	});

	test('publiccode.yml has the fields of standard 0.4, and never a made-up repository address', () => {
		const publiccode = parse(read('publiccode.yml'));
		for (const field of ['publiccodeYmlVersion', 'name', 'platforms', 'developmentStatus', 'softwareType', 'description', 'legal', 'maintenance', 'localisation']) {
			expect(publiccode, field).toHaveProperty(field);
		}
		expect(publiccode.description.nl.longDescription.length).toBeGreaterThanOrEqual(150);
		expect(publiccode.softwareVersion).toBe(JSON.parse(read('package.json')).version);
		// The address is the owner's: set only together with the repository setting, and equal to it.
		const repository = parse(read('content/organisation.yaml')).repository;
		expect(publiccode.url).toBe(repository?.url);
	});
});
