import type { Repository } from '../../schemas/repository.ts';
import { displayPath } from '../content/content-files.ts';
import { hostNames, pullRequestUrl } from '../git-host.ts';
import type { GitState } from './git-state.ts';

/** A text as one argument in a POSIX shell (bash, zsh) and in PowerShell alike, unless it holds a `'`. */
const quoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** The branch a version is proposed on. */
export const versionBranch = (number: string) => `versie-${number}`;

/**
 * What the project lead does after publishing, with the real names filled in, so every line can be
 * pasted as it is: a branch, a commit of the new version's folder, a push and a pull request.
 * Merging that pull request builds and deploys the site.
 */
export function nextSteps({ number, label, folder, git, repository }: { number: string; label: string; folder: string; git: GitState; repository?: Repository }): string[] {
	const where = displayPath(folder);
	if (!git.repository) {
		return [`Deze map staat niet in een git-repository. Zet ${where}/ in de repository van het handboek en open een pull request; is die samengevoegd, dan staat versie ${number} online.`];
	}
	const branch = versionBranch(number);
	const target = repository?.branch ?? git.upstream?.replace(`${git.remote}/`, '') ?? 'main';
	const host = repository ? hostNames[repository.host] : 'de git-host';
	const commands = [
		...(git.branch === branch ? [] : [`git switch -c ${branch}`]),
		`git add ${where}`,
		`git commit -m ${quoted(`Versie ${number}: ${label}`)}`,
		`git push -u ${git.remote} ${branch}`,
	];
	return [
		`Zo komt versie ${number} op de site:`,
		...commands.map((command, index) => `  ${index + 1}. ${command}`),
		`  ${commands.length + 1}. Open op ${host} een pull request van ${branch} naar ${target}${repository ? `: ${pullRequestUrl(repository, branch)}` : ''}`,
		`Wordt de pull request samengevoegd in ${target}, dan bouwt ${host} de site en staat versie ${number} voor iedereen online.`,
	];
}
