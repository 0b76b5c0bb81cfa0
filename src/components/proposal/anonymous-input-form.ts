import { anonymousMail, anonymousText } from '../../lib/proposal/anonymous-input.ts';
import { clearFieldErrors, copyText, required, showFieldErrors } from './form-ui.ts';

/** The form for input without a name: it only makes the text; the sender chooses how it leaves. */
export function initAnonymousInput(): void {
	const form = document.querySelector<HTMLFormElement>('#anonymous-form');
	if (!form) return;
	const result = required<HTMLElement>(document, '#anonymous-result');
	const shown = required<HTMLElement>(result, '[data-text]');
	const copyStatus = required<HTMLElement>(result, '[data-copy-status]');
	const { handbookTitle = '', subject = '', email } = form.dataset;
	let text = '';
	form.hidden = false;

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearFieldErrors(form);
		const data = new FormData(form);
		const input = String(data.get('text') ?? '').trim();
		if (!input) {
			result.hidden = true;
			showFieldErrors(form, [{ field: 'text', message: 'is leeg; schrijf hier wat je wilt inbrengen' }]);
			return;
		}
		const about = form.querySelector<HTMLSelectElement>('[name="about"]')!.selectedOptions[0];
		text = anonymousText({ handbookTitle, about: about?.value ? about.text : undefined, text: input });
		shown.textContent = text;
		copyStatus.textContent = '';
		const mail = result.querySelector<HTMLAnchorElement>('[data-mailto]');
		if (mail && email) {
			const { url, complete } = anonymousMail(email, subject, text);
			mail.href = url;
			required<HTMLElement>(result, '[data-mail-too-long]').hidden = complete;
		}
		result.hidden = false;
		required<HTMLElement>(result, 'a, button').focus();
	});

	required(result, '[data-copy]').addEventListener('click', () => copyText(text, copyStatus, shown));
}
