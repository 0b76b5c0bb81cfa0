/** What the proposal page's forms share in the browser: errors at their fields and copying text. */

/** An element the page is known to hold; a missing one is a mistake in the page, not in the input. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`${selector} ontbreekt op de pagina`);
	return element;
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const controlOf = (form: HTMLFormElement, field: string) => form.elements.namedItem(field) as Control | null;

export function clearFieldErrors(form: HTMLFormElement): void {
	for (const error of form.querySelectorAll<HTMLElement>('.field__error')) {
		error.hidden = true;
		error.textContent = '';
		const control = controlOf(form, error.closest<HTMLElement>('[data-field]')!.dataset.field!);
		if (!control) continue;
		control.removeAttribute('aria-invalid');
		const describedBy = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
		if (describedBy.length > 0) control.setAttribute('aria-describedby', describedBy.join(' '));
		else control.removeAttribute('aria-describedby');
	}
}

/** Shows each message at its field, marks the field invalid and focuses the first one. */
export function showFieldErrors(form: HTMLFormElement, problems: { field: string; message: string }[]): void {
	let first: Control | undefined;
	// Not Map.groupBy: desk PCs may run a browser from before 2024.
	const fields = [...new Set(problems.map((problem) => problem.field))];
	for (const field of fields) {
		const error = form.querySelector<HTMLElement>(`[data-field="${field}"] .field__error`);
		const control = controlOf(form, field);
		if (!error || !control) continue;
		error.textContent = problems.filter((problem) => problem.field === field).map((problem) => problem.message).join(' ');
		error.hidden = false;
		control.setAttribute('aria-invalid', 'true');
		control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '));
		first ??= control;
	}
	first?.focus();
}

/**
 * Puts text on the clipboard and says so. Where the browser does not allow it (a page not served
 * over https), the text is selected for the reader to copy themselves.
 */
export async function copyText(text: string, status: HTMLElement, shown: HTMLElement): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		status.textContent = 'De tekst staat op je klembord.';
	} catch {
		shown.closest('details')?.setAttribute('open', '');
		getSelection()?.selectAllChildren(shown);
		status.textContent = 'Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).';
	}
}
