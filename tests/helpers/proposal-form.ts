import type { Browser, Page } from 'playwright-core';
import { wcagProblemsInEveryViewing } from './axe.ts';

/** What a team types into the proposal form, by the name of each field. */
export interface FormInput {
	team?: string;
	level?: string;
	title?: string;
	wording?: string;
	do?: string;
	dont?: string;
	dilemmas?: string;
	examples?: string;
}

export const goodInput: FormInput = {
	team: 'Team Klantcontact Zuid',
	level: 'team',
	title: 'Zo groeten we elkaar',
	wording: 'We groeten elkaar als we binnenkomen, **ook** op een drukke dag.\n\n- in de teamkamer\n- in de chat',
	do: 'Zeg goedemorgen\nKijk op van je scherm',
	dilemmas: 'Groet je iemand die aan de telefoon zit?',
	examples: 'Een collega komt binnen tijdens een gesprek en zwaait even.',
};

/** Fills in the proposal form as a team does, without checking it yet. */
export async function fillProposal(page: Page, input: FormInput): Promise<void> {
	for (const [field, value] of Object.entries(input)) {
		const control = page.locator(`#voorstel-${field}`);
		if (field === 'level') await control.selectOption(value);
		else await control.fill(value);
	}
}

/** Fills in the proposal form as a team does and asks the page to check it. */
export async function submitProposal(page: Page, input: FormInput): Promise<void> {
	await fillProposal(page, input);
	await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
}

/** The Dutch message shown at a field, once the check has run. */
export async function errorAt(page: Page, field: string): Promise<string> {
	const error = page.locator(`#voorstel-${field}-error`);
	await error.waitFor();
	return (await error.textContent()) ?? '';
}

/**
 * What axe-core finds on the proposal form at `url` once a team has sent `goodInput` and the result
 * shows, in every viewing (`wcagProblemsInEveryViewing`): empty when it meets WCAG 2.1 AA.
 */
export function wcagProblemsInResult(browser: Browser, url: string, name: string): Promise<string[]> {
	return wcagProblemsInEveryViewing(browser, url, name, async (viewed) => {
		await submitProposal(viewed, goodInput);
		await viewed.locator('#proposal-result').waitFor();
	});
}
