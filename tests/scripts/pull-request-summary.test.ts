import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runScript } from '../helpers/run-script.ts';

const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };

function git(folder: string, ...args: string[]) {
	const result = spawnSync('git', args, { cwd: folder, encoding: 'utf8', env: { ...process.env, ...identity } });
	if (result.status !== 0) throw new Error(result.stderr);
}

function write(folder: string, file: string, text: string) {
	mkdirSync(dirname(join(folder, file)), { recursive: true });
	writeFileSync(join(folder, file), text);
}

const interpretation = (fields: Record<string, string>, body: string) =>
	['---', ...Object.entries(fields).map(([key, value]) => `${key}: ${value}`), '---', '', body, ''].join('\n');

const toonInDeChat = (status: string) =>
	interpretation(
		{ title: 'Zo letten we op onze toon in de chat', rule: 'respectvol-omgaan', team: 'Team West', level: 'team', status, date: '2026-11-02', do: '[Vraag door als iets anders overkomt dan bedoeld.]' },
		'We spreken elkaar in de chat aan zoals aan tafel.\n\n<Voorbeeld>\nIemand schrijft in hoofdletters. We vragen eerst wat er speelt.\n</Voorbeeld>',
	);

/**
 * A repository as on the git host: the handbook on main with one proposal of Team West, and a
 * branch of a pull request that adopts it and adds a proposal of an MT. main moves on after the
 * branch left it; that is not part of the pull request.
 */
function pullRequest() {
	const content = contentFixture();
	git(content, 'init', '--quiet', '--initial-branch=main');
	write(content, 'interpretations/respectvol-omgaan/team-west-toon-in-de-chat.mdx', toonInDeChat('voorstel'));
	git(content, 'add', '.');
	git(content, 'commit', '--quiet', '-m', 'Het handboek');
	git(content, 'switch', '--quiet', '-c', 'voorstel');
	write(content, 'interpretations/respectvol-omgaan/team-west-toon-in-de-chat.mdx', toonInDeChat('vastgesteld'));
	write(
		content,
		'interpretations/samen-op-kantoor/afdelings-mt-oost-kantoordagen.mdx',
		interpretation(
			{ title: 'Zo plannen we de kantoordagen', agreement: 'samen-op-kantoor', team: 'Afdelings-MT Oost', level: 'afdelings-mt', status: 'voorstel', date: '2026-12-01', dilemmas: '[Wat als een teamdag op een feestdag valt?]' },
			'Elk team kiest samen twee vaste dagen op kantoor.',
		),
	);
	git(content, 'add', '.');
	git(content, 'commit', '--quiet', '-m', 'Voorstel');
	git(content, 'switch', '--quiet', 'main');
	write(content, 'terms/microagressie.yaml', `${readFileSync(join(content, 'terms/microagressie.yaml'), 'utf8')}\n`);
	git(content, 'commit', '--quiet', '-am', 'Op main na de branch');
	git(content, 'switch', '--quiet', 'voorstel');
	return content;
}

describe('npm run samenvatting', () => {
	test('names, for each interpretation the pull request adds or changes, its rule or agreement, team, level, status and wording', () => {
		const content = pullRequest();
		// Outside the content's folders, and removed with the fixture.
		const stepSummary = join(content, 'stap-samenvatting.md');
		const result = runScript('pull-request-summary.ts', ['--basis', 'main'], content, { GITHUB_STEP_SUMMARY: stepSummary });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const summary = result.stdout;
		const [adopted, proposed] = summary.split('\n### ').slice(1);

		expect(adopted).toMatch(/^Gewijzigd: Zo letten we op onze toon in de chat\n/);
		expect(adopted).toContain('- **Hoort bij:** regel “Respectvol omgaan” (`respectvol-omgaan`)');
		expect(adopted).toContain('- **Van:** Team West');
		expect(adopted).toContain('- **Niveau:** Team');
		expect(adopted).toContain('- **Status:** Vastgesteld sinds 2 november 2026 (was: Voorstel)');
		expect(adopted).toContain('> We spreken elkaar in de chat aan zoals aan tafel.\n>\n> Voorbeeld\n>\n> Iemand schrijft in hoofdletters. We vragen eerst wat er speelt.');
		expect(adopted).toContain('**Wel doen**\n\n- Vraag door als iets anders overkomt dan bedoeld.');

		expect(proposed).toMatch(/^Nieuw: Zo plannen we de kantoordagen\n/);
		expect(proposed).toContain('- **Hoort bij:** werkafspraak “Samen op kantoor” (`samen-op-kantoor`)');
		expect(proposed).toContain('- **Van:** Afdelings-MT Oost');
		expect(proposed).toContain('- **Status:** Voorstel sinds 1 december 2026');
		expect(proposed).toContain('**Open dilemma’s**\n\n- Wat als een teamdag op een feestdag valt?');

		// What changed on main after the branch left it is not the pull request's.
		expect(summary).not.toContain('microagressie');
		expect(readFileSync(stepSummary, 'utf8')).toBe(summary);
	});

	test('shows wording as the words a reader sees, never as markup, and says when a file still has mistakes', () => {
		const content = pullRequest();
		write(
			content,
			'interpretations/respectvol-omgaan/team-west-toon-in-de-chat.mdx',
			interpretation({ title: 'Toon <b>in</b> de chat', rule: 'respectvol-omgaan', team: 'Team West', level: 'team', status: 'klaar', date: '2026-11-02' }, '- geen **lijst** maar [tekst](https://example.org)'),
		);
		git(content, 'commit', '--quiet', '-am', 'Een fout');
		const summary = runScript('pull-request-summary.ts', ['--basis', 'main'], content).stdout;
		expect(summary).toContain('### Gewijzigd: Toon \\<b\\>in\\</b\\> de chat');
		expect(summary).toContain('- **Status:** klaar sinds 2 november 2026 (was: Voorstel)');
		expect(summary).toContain('Dit bestand heeft nog fouten.');
		expect(summary).toContain('> geen lijst maar tekst');
	});

	test('says so when a pull request changes no interpretation', () => {
		const content = pullRequest();
		const result = runScript('pull-request-summary.ts', ['--basis', 'HEAD'], content);
		expect(result.stdout).toContain('Deze pull request voegt geen afspraak van een team of MT toe en verandert er geen.');
	});

	test('refuses, in Dutch, a base git does not know', () => {
		const result = runScript('pull-request-summary.ts', ['--basis', 'origin/bestaat-niet'], pullRequest());
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('git kent "origin/bestaat-niet" niet');
	});
});
