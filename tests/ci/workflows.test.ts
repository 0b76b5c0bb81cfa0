import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro.ts';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const readme = read('README.md');

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	if?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	name?: string;
	if?: string;
	needs?: string[];
	permissions?: Record<string, string>;
	'timeout-minutes'?: number;
	steps: Step[];
}
interface Workflow {
	on: Record<string, { branches?: string[]; inputs?: Record<string, { type: string }> } | null>;
	permissions?: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress': string | boolean };
	jobs: Record<string, Job>;
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

const workflowFiles = readdirSync(join(projectRoot, '.github', 'workflows'));
const workflow = (file: string) => parse(read(join('.github', 'workflows', file))) as Workflow;
const workflows = workflowFiles.map(workflow);
const allJobs = workflows.flatMap((flow) => Object.values(flow.jobs));
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? commandsIn(step.run) : []));
const uses = (job: Job, action: string) => job.steps.filter((step) => step.uses?.startsWith(`${action}@`));

const controle = workflow('ci.yml');
const { inhoud, volledig, pages, publiceren } = controle.jobs;

describe('CI runs what the README tells a developer to run', () => {
	test('the README names how to set up and how to test', () => {
		expect(readme).toContain('```sh\nnpm install && npm start\n```');
		expect(readme).toContain('```sh\nnpm test\n```');
	});

	test('a pull request gets two checks: the content check with its summary, and every test with the build', () => {
		expect(runs(inhoud!)).toEqual(['npm ci --omit=dev', 'npm run check', 'npm run samenvatting -- --basis HEAD^1']);
		expect(runs(volledig!)).toEqual(['npm ci', 'npm test', 'npm run test:bench', 'npm run build']);
		expect(Object.values(controle.jobs).flatMap(runs).filter((command) => !readmeCommands.has(command))).toEqual([]);
		// The summary compares a pull request's merge commit with its first parent, the base branch.
		expect(inhoud!.steps[0]!.with?.['fetch-depth']).toBe(2);
		expect(inhoud!.steps.find((step) => step.run?.startsWith('npm run samenvatting'))?.if).toContain("github.event_name == 'pull_request'");
	});

	test('main goes to GitHub Pages only when both checks pass, built for the address Pages gives it', () => {
		expect(publiceren!.needs).toEqual(expect.arrayContaining(['inhoud', 'volledig', 'pages']));
		for (const job of [pages!, publiceren!]) expect(job.if).toBe("github.ref == 'refs/heads/main' && github.event_name != 'pull_request'");
		expect(runs(pages!)).toEqual(['npm ci', 'npm run build']);
		const configure = uses(pages!, 'actions/configure-pages')[0]!;
		const build = pages!.steps.find((step) => step.run === 'npm run build')!;
		expect(build.env).toEqual({ HANDBOOK_BASE_PATH: `\${{ steps.${configure.id}.outputs.base_path }}` });
		expect(pages!.steps.indexOf(configure)).toBeLessThan(pages!.steps.indexOf(build));
		expect(uses(pages!, 'actions/upload-pages-artifact')[0]?.with).toEqual({ path: 'dist', 'include-hidden-files': true });
		expect(uses(publiceren!, 'actions/deploy-pages')).toHaveLength(1);
	});

	test('the GitLab example in the README runs the same commands as the GitHub checks and the Pages build', () => {
		const [, block] = /```yaml\n(# \.gitlab-ci\.yml[\s\S]*?)```/.exec(readme) ?? [];
		const gitlab = parse(block!) as Record<string, { script?: string[] }>;
		const npmCommands = (commands: string[]) => commands.filter((command) => command.startsWith('npm '));
		const gitlabJobs = Object.values(gitlab).filter((job) => Array.isArray(job.script));
		// GitLab has no job summary: the summary is the GitHub check's own.
		const githubJobs = [inhoud!, volledig!, pages!].map((job) => runs(job).filter((command) => !command.startsWith('npm run samenvatting')));
		expect(gitlabJobs.map((job) => npmCommands(job.script!.flatMap(commandsIn)))).toEqual(githubJobs);
	});
});

describe('the workflows are sound and spend no more than they need', () => {
	test('actionlint finds nothing in .github/workflows/', () => {
		const actionlint = join(projectRoot, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js');
		const result = spawnSync(process.execPath, [actionlint], { cwd: projectRoot, encoding: 'utf8' });
		expect(result.stdout + result.stderr).toContain(`Checking ${workflowFiles.length} workflow file(s)`);
		expect(result.status, result.stdout).toBe(0);
	});

	test('a push runs the checks only on main, a pull request always, and a newer push cancels an outdated pull-request run', () => {
		expect(controle.on.push).toEqual({ branches: ['main'] });
		expect(controle.on).toHaveProperty('pull_request');
		expect(controle.concurrency?.['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
		// Never cut off a deploy under way.
		expect((publiceren as Job & { concurrency?: unknown }).concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
	});

	test('every job has a time limit and its own permissions; only the deploy may write Pages; no checkout keeps the token', () => {
		for (const flow of workflows) expect(flow.permissions).toEqual({});
		for (const job of allJobs) {
			expect(job['timeout-minutes'], job.name).toBeGreaterThan(0);
			expect(job.permissions, job.name).toBeDefined();
			for (const checkout of uses(job, 'actions/checkout')) expect(checkout.with?.['persist-credentials'], job.name).toBe(false);
		}
		for (const job of [inhoud!, volledig!]) expect(job.permissions).toEqual({ contents: 'read' });
		expect(pages!.permissions).toEqual({ contents: 'read', pages: 'read' });
		expect(publiceren!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(allJobs.filter((job) => job.permissions?.pages === 'write' || job.permissions?.['id-token'] === 'write')).toEqual([publiceren]);
	});

	test('no script has a ${{ }} expression pasted into it: values reach the shell as environment variables', () => {
		const pasted = allJobs.flatMap((job) => job.steps.filter((step) => step.run?.includes('${{')).map((step) => `${job.name}: ${step.run}`));
		expect(pasted).toEqual([]);
	});

	test('npm packages come from setup-node’s cache, and built versions from the previous run', () => {
		const installing = allJobs.filter((job) => runs(job).some((command) => command.startsWith('npm ci')));
		expect(installing).toHaveLength(4);
		for (const job of installing) expect(uses(job, 'actions/setup-node')[0]?.with, job.name).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
		expect(read('.nvmrc').trim()).toBe('24');
		for (const job of [volledig!, pages!]) {
			const [cache] = uses(job, 'actions/cache');
			expect(cache?.with?.path).toBe('node_modules/.cache/handbook-editions');
			expect(cache?.with?.key).toMatch(/hashFiles\('content\/versions\/\*\*', 'package-lock\.json'/);
			expect(cache?.with?.['restore-keys']).toBeDefined();
			// npm ci empties node_modules: the cache is restored after it.
			expect(job.steps.indexOf(cache!)).toBeGreaterThan(job.steps.findIndex((step) => step.run === 'npm ci'));
		}
		// The site's build also finds the checks and rendered bodies of the files it built before, saved again after a change to the content.
		const checks = uses(pages!, 'actions/cache').find((step) => step.with?.path === 'node_modules/.cache/handbook-check');
		expect(checks?.with?.key).toMatch(/hashFiles\('content\/\*\*'/);
		expect(checks?.with?.['restore-keys']).toBeDefined();
		expect(pages!.steps.indexOf(checks!)).toBeGreaterThan(pages!.steps.findIndex((step) => step.run === 'npm ci'));
		expect(pages!.steps.indexOf(checks!)).toBeLessThan(pages!.steps.findIndex((step) => step.run === 'npm run build'));
		// And the pages of the working version it rendered before, saved again after a change to the content or the code.
		const renderedPages = uses(pages!, 'actions/cache').find((step) => step.with?.path === 'node_modules/.astro');
		expect(renderedPages?.with?.key).toMatch(/hashFiles\('content\/\*\*', 'package-lock\.json', 'src\/\*\*'/);
		expect(renderedPages?.with?.['restore-keys']).toBeDefined();
		expect(pages!.steps.indexOf(renderedPages!)).toBeGreaterThan(pages!.steps.findIndex((step) => step.run === 'npm ci'));
		expect(pages!.steps.indexOf(renderedPages!)).toBeLessThan(pages!.steps.findIndex((step) => step.run === 'npm run build'));
	});

	test('Dependabot proposes updates of the actions and the npm packages', () => {
		const dependabot = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string }[] };
		expect(dependabot.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
	});
});

describe('Versie publiceren: a version published from the git host', () => {
	const publish = workflow('versie-publiceren.yml');
	const [job] = Object.values(publish.jobs);
	const script = job!.steps.map((step) => step.run ?? '').join('\n');

	test('asks for the number, the label and a confirmation, and runs the README’s publish command with them', () => {
		expect(Object.keys(publish.on)).toEqual(['workflow_dispatch']);
		expect(publish.on.workflow_dispatch?.inputs).toMatchObject({ nummer: { type: 'string' }, label: { type: 'string' }, bevestig: { type: 'boolean' } });
		const commands = commandsIn(script).filter((line) => line.startsWith('npm run publiceer'));
		const command = 'npm run publiceer -- "$NUMMER" --label "$LABEL"';
		expect(commands.sort()).toEqual([command, `${command} --bevestig`]);
		// The same command as the README's, with the example's number and label filled in.
		expect(readmeCommands).toContain(command.replace('"$NUMMER"', '0.6').replace('$LABEL', '50-70%-versie'));
		expect(job!.steps.find((step) => step.run?.includes('npm run publiceer'))?.env).toEqual({
			NUMMER: '${{ inputs.nummer }}',
			LABEL: '${{ inputs.label }}',
			BEVESTIG: '${{ inputs.bevestig }}',
		});
	});

	test('opens a pull request with the frozen version on a branch of its own, and may do only that', () => {
		expect(script).toContain('git switch --create "$branch"');
		expect(script).toContain('branch="versie-$NUMMER"');
		expect(script).toContain('git add -- "content/versions/$NUMMER"');
		expect(script).toMatch(/gh pr create --base "\$GITHUB_REF_NAME" --head "\$branch"/);
		expect(job!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', actions: 'write' });
	});
});

describe('CODEOWNERS, an example to fill in', () => {
	/** GitHub's rule: the last pattern that matches a path names its owners. */
	function ownersOf(path: string): string[] {
		const rules = read('.github/CODEOWNERS.voorbeeld')
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'))
			.map((line) => line.trim().split(/\s+/));
		const matches = ([pattern]: string[]) => pattern === '*' || (pattern!.endsWith('/') && `/${path}`.startsWith(pattern!));
		return rules.findLast(matches)?.slice(1) ?? [];
	}

	test('is not in force until someone fills it in: GitHub would mark its placeholder handles invalid', () => {
		expect(existsSync(join(projectRoot, '.github', 'CODEOWNERS'))).toBe(false);
		expect(existsSync(join(projectRoot, 'CODEOWNERS'))).toBe(false);
	});

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
