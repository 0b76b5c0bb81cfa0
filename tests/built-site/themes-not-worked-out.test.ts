import { expect, test } from 'vitest';
import { isWorkedOut } from '../../src/lib/code-of-conduct.ts';
import { loadHandbook } from '../../src/lib/content/load-handbook.ts';
import { notWorkedOutTexts } from '../../src/lib/labels.ts';
import { paths } from '../../src/lib/paths.ts';
import { readPage, textOf } from '../helpers/built-site.ts';
import { firstParagraph, words } from '../helpers/words.ts';
import { shippedContent } from '../helpers/content-fixture.ts';

const { handbook } = loadHandbook(shippedContent);
const { organisation } = handbook!;
const askInstead = handbook!.rules.get(organisation.askInstead.rule)!;
const themes = [...handbook!.themes.values()].filter((theme) => !isWorkedOut(handbook!.rules.values(), theme.id));

test.each(themes.map((theme) => [theme.id, theme] as const))('the page of theme %s, not yet worked out, says what it covers, where to read the code and where a suspected breach goes', (_, theme) => {
	const page = readPage(paths.theme(theme.id)).querySelector('main')!;
	const text = words(textOf(page));
	expect(theme.body.trim(), 'the theme says what it covers').not.toBe('');
	expect(text).toContain(firstParagraph(theme.body));
	expect(text).toContain(organisation.codeOfConductUrl ? notWorkedOutTexts.readLink(organisation.parent) : notWorkedOutTexts.readNotSet(organisation.parent));
	expect(text).toContain(words(notWorkedOutTexts.ask(organisation.askInstead.who, organisation.askInstead.why)));
	expect(page.querySelector(`a[href="${paths.rule(askInstead.data.theme, askInstead.id)}"]`)).not.toBeNull();
});
