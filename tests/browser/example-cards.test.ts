import { expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtSiteInChromium } from '../helpers/browser.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const session = builtSiteInChromium();
const { handbook } = loadHandbook(shippedContent);
const rulesWithExamples = [...handbook!.rules.values()].filter((rule) =>
	[...handbook!.interpretations.values()].some((interpretation) => interpretation.data.fictitious && interpretation.data.rule === rule.id),
);

test('on a rule page, an invented example’s card wears no status colour: its border is the same all round', async () => {
	expect(rulesWithExamples.length).toBeGreaterThan(0);
	const page = await session.browser.newPage();
	const borders: string[] = [];
	for (const rule of rulesWithExamples) {
		await page.goto(session.site.url + paths.rule(rule.data.theme, rule.id));
		borders.push(
			...(await page.locator('article.interpretation').evaluateAll((cards) =>
				cards
					.filter((card) => card.querySelector('.example-badge'))
					.map((card) => {
						const style = getComputedStyle(card);
						return `${style.borderInlineStartColor} ${style.borderInlineStartWidth} / ${style.borderTopColor} ${style.borderTopWidth}`;
					}),
			)),
		);
	}
	await page.close();
	expect(borders.length).toBeGreaterThan(0);
	expect(borders.filter((border) => border.split(' / ')[0] !== border.split(' / ')[1])).toEqual([]);
});
