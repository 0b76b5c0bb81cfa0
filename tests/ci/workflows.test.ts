import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro.ts';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const readme = read('README.md');

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, { steps: Step[] }>;
}

/** Shell lines as a person reads them: one command per line or per `&&`. */
const commandsIn = (script: string) =>
	script
		.split('\n')
		.flatMap((line) => line.split('&&'))
		.map((command) => command.trim())
		.filter((command) => command && !command.startsWith('#'));

/** Every command the README names: in its shell blocks and as inline code. */
const readmeCommands = new Set([
	...[...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, block]) => commandsIn(block!)),
	...[...readme.matchAll(/`(npm [^`]+)`/g)].map(([, command]) => command!),
]);

const workflow = (file: string) => parse(read(join('.github', 'workflows', file))) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const runs = (flow: Workflow) => steps(flow).flatMap((step) => (step.run ? commandsIn(step.run) : []));
const uses = (flow: Workflow, action: string) => steps(flow).find((step) => step.uses?.startsWith(`${action}@`));

describe('CI runs what the README tells a developer to run, and nothing else', () => {
	test('the README names how to set up and how to test', () => {
		expect(readme).toContain('```sh\nnpm install && npm start\n```');
		expect(readme).toContain('```sh\nnpm test\n```');
	});

	test('every push and pull request is installed, checked, tested and built', () => {
		const ci = workflow('ci.yml');
		expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
		expect(runs(ci)).toEqual(['npm install', 'npm run check', 'npm test', 'npm run build']);
		expect(runs(ci).filter((command) => !readmeCommands.has(command))).toEqual([]);
		expect(Number(uses(ci, 'actions/setup-node')?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
	});

	test('main is published to GitHub Pages with GitHub’s own Pages actions, after the build checked it', () => {
		const publish = workflow('publish.yml');
		expect(publish.on.push).toEqual({ branches: ['main'] });
		expect(runs(publish)).toEqual(['npm install', 'npm run build']);
		expect(runs(publish).filter((command) => !readmeCommands.has(command))).toEqual([]);
		expect(uses(publish, 'actions/upload-pages-artifact')?.with).toEqual({ path: 'dist' });
		expect(uses(publish, 'actions/deploy-pages')).toBeDefined();
		expect(publish.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
	});

	test('the GitLab example in the README runs the same commands as the GitHub workflow', () => {
		const [, block] = /```yaml\n(# \.gitlab-ci\.yml[\s\S]*?)```/.exec(readme) ?? [];
		const jobs = Object.values(parse(block!) as Record<string, { script: string[] }>);
		expect(jobs.map((job) => job.script.flatMap(commandsIn))).toEqual([runs(workflow('ci.yml'))]);
	});
});

describe('CODEOWNERS, an example to fill in', () => {
	/** GitHub's rule: the last pattern that matches a path names its owners. */
	function ownersOf(path: string): string[] {
		const rules = read('.github/CODEOWNERS')
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'))
			.map((line) => line.trim().split(/\s+/));
		const matches = ([pattern]: string[]) => pattern === '*' || (pattern!.endsWith('/') && `/${path}`.startsWith(pattern!));
		return rules.findLast(matches)?.slice(1) ?? [];
	}

	test('maintainers own the code, the schemas and the handbook’s own pages; teams’ proposals go to a placeholder marked as one', () => {
		const maintainers = ownersOf('astro.config.mjs');
		expect(ownersOf('src/schemas/interpretation.ts')).toEqual(maintainers);
		expect(ownersOf('src/pages/voorstellen.astro')).toEqual(maintainers);
		expect(ownersOf('content/docs/over-dit-handboek.mdx')).toEqual(maintainers);
		const proposals = ownersOf('content/interpretations/respectvol-omgaan/team-noord-toon.mdx');
		expect(proposals).not.toEqual(maintainers);
		expect(proposals.every((owner) => /VOORBEELD/.test(owner))).toBe(true);
	});
});
