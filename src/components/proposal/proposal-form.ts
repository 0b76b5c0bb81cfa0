import type { Repository } from '../../schemas/repository.ts';
import { newFileLink, repositoryContentFolder } from '../../lib/git-host.ts';
import { today } from '../../lib/today.ts';
import { proposalFields, proposalFromForm, targetFromQuery, targetValue, type ProposalField } from '../../lib/proposal/form-values.ts';
import { proposalMail } from '../../lib/proposal/proposal-mail.ts';
import { clearFieldErrors, copyText, required, showFieldErrors } from './form-ui.ts';

/**
 * The proposal form in the browser. The check (schemas, YAML and MDX parsers) is loaded on the
 * first check, so the page's first view stays small; nothing is sent anywhere.
 */
export function initProposalForm(): void {
	const form = document.querySelector<HTMLFormElement>('#proposal-form');
	if (!form) return;
	const result = required<HTMLElement>(document, '#proposal-result');
	const repository = JSON.parse(form.dataset.repository ?? 'null') as Repository | null;
	const { inboxEmail, handbookTitle = '' } = form.dataset;
	const status = required<HTMLElement>(form, '[data-status]');
	const fileText = required<HTMLElement>(result, '[data-file-text]');
	const download = required<HTMLAnchorElement>(result, '[data-download]');
	const copyStatus = required<HTMLElement>(result, '[data-copy-status]');
	let text = '';

	preselect(form);
	form.hidden = false;

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		clearFieldErrors(form);
		result.hidden = true;
		const formData = new FormData(form);
		const values = Object.fromEntries(proposalFields.map((field) => [field, String(formData.get(field) ?? '')])) as Record<ProposalField, string>;
		const { checkProposal } = await import('../../lib/proposal/check-proposal.ts');
		const checked = checkProposal(proposalFromForm(values, today()));
		const { problems } = checked;
		if (problems.length > 0 || !checked.location) {
			const unplaced = problems.filter((problem) => !problem.field).map((problem) => problem.message);
			status.textContent = [problems.length === 1 ? 'Er is 1 ding om te verbeteren.' : `Er zijn ${problems.length} dingen om te verbeteren.`, ...unplaced].join(' ');
			showFieldErrors(form, problems.filter((problem): problem is { field: ProposalField; message: string } => Boolean(problem.field)));
			return;
		}
		status.textContent = '';
		text = checked.file.text;
		const folder = `${repositoryContentFolder}/${checked.location.folder}`;
		required(result, '[data-file-name]').textContent = checked.location.fileName;
		const folderShown = result.querySelector('[data-folder]');
		if (folderShown) folderShown.textContent = `${folder}/`;
		fileText.textContent = text;
		copyStatus.textContent = '';
		if (download.href) URL.revokeObjectURL(download.href);
		download.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
		download.download = checked.location.fileName;
		if (repository) showHostRoute(result, repository, folder, checked.location.fileName, text);
		if (inboxEmail) {
			const mail = proposalMail({ email: inboxEmail, handbookTitle, team: values.team.trim(), title: values.title.trim(), fileName: checked.location.fileName, text });
			required<HTMLAnchorElement>(result, '[data-mail]').href = mail.url;
			required<HTMLElement>(result, '[data-mail-too-long]').hidden = mail.complete;
		}
		result.hidden = false;
		required<HTMLElement>(result, '#proposal-result-title').focus();
	});

	required(result, '[data-copy]').addEventListener('click', () => copyText(text, copyStatus, fileText));
}

/** A link from a rule or agreement page arrives with it chosen: ?regel=<id> or ?afspraak=<id>. */
function preselect(form: HTMLFormElement): void {
	const target = targetFromQuery(location.search);
	const select = form.elements.namedItem('target') as HTMLSelectElement;
	if (target && [...select.options].some((option) => option.value === targetValue(target))) select.value = targetValue(target);
}

/** The host's new-file page: with the text in the address where the host takes it and it fits, else to paste into. */
function showHostRoute(result: HTMLElement, repository: Repository, folder: string, fileName: string, text: string): void {
	const link = newFileLink(repository, folder, fileName, text);
	const prefilled = result.querySelector<HTMLElement>('[data-prefilled]');
	const paste = required<HTMLElement>(result, '[data-paste]');
	if (prefilled) {
		prefilled.hidden = !link.prefilled;
		required<HTMLAnchorElement>(prefilled, '[data-new-file]').href = link.url;
	}
	paste.hidden = link.prefilled;
	required<HTMLElement>(paste, '[data-too-long]').hidden = repository.host === 'gitlab';
	required<HTMLAnchorElement>(paste, '[data-new-file-empty]').href = link.url;
}
