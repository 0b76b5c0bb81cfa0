import type { JargonEntry } from '../../schemas/jargon.ts';
import type { WordingAdvice } from '../../lib/readability/wording-advice.ts';
import { required } from './form-ui.ts';

/** How long typing must pause before the advice is worked out again. */
const pause = 600;

/**
 * Keeps the advice on plain Dutch up to date while a team types. The meter (hyphenation patterns
 * and all) is imported on the first keystroke; the live region only changes when its one-line
 * summary does, so a screen reader hears the level now and then, not every word.
 */
export function watchPlainLanguage(): void {
	for (const box of document.querySelectorAll<HTMLElement>('[data-plain-language]')) {
		const control = document.getElementById(box.dataset.plainLanguage!) as HTMLTextAreaElement | null;
		if (!control) continue;
		const jargon = JSON.parse(box.dataset.jargon ?? '[]') as JargonEntry[];
		let advise: ((wording: string) => WordingAdvice) | undefined;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const update = async () => {
			if (!advise) {
				const { wordingAdvisor } = await import('../../lib/readability/wording-advice.ts');
				advise = wordingAdvisor(jargon);
			}
			show(box, control.value.trim() === '' ? undefined : advise(control.value));
		};
		control.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(update, pause);
		});
		// A browser that restores the form after going back has text in the field already.
		if (control.value.trim() !== '') void update();
	}
}

function show(box: HTMLElement, advice: WordingAdvice | undefined): void {
	const summary = required<HTMLElement>(box, '[data-summary]');
	const text = advice?.summary ?? '';
	if (summary.textContent !== text) summary.textContent = text;
	required<HTMLElement>(box, '[data-details]').hidden = !advice || advice.sentences.length === 0;
	required<HTMLElement>(box, '[data-sentences]').replaceChildren(
		...(advice?.sentences ?? []).map((sentence) => {
			const quote = document.createElement('q');
			quote.textContent = sentence.text;
			return listItem(quote, sentence.signals.length > 0 ? list(sentence.signals) : ' Geen tips.');
		}),
	);
	const jargon = advice?.jargon ?? [];
	required<HTMLElement>(box, '[data-jargon-heading]').hidden = jargon.length === 0;
	required<HTMLElement>(box, '[data-jargon-words]').replaceChildren(...jargon.map((word) => listItem(word)));
}

function listItem(...content: (Node | string)[]): HTMLLIElement {
	const item = document.createElement('li');
	item.append(...content);
	return item;
}

function list(items: string[]): HTMLUListElement {
	const element = document.createElement('ul');
	element.append(...items.map((item) => listItem(item)));
	return element;
}
