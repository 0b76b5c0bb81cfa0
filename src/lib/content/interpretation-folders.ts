import { join, sep } from 'node:path';
import { collections } from '../../schemas/collections.ts';
import { displayPath } from './content-files.ts';
import type { ContentError } from './error-map.ts';
import type { CollectionRead } from './load-handbook.ts';

/**
 * An interpretation stands in the folder of the rule or agreement it explains,
 * content/interpretations/<id>/: that is where reviewers, the new-file link of the form and
 * `npm run voorstel` put it. A file elsewhere (loose in interpretations/, or in another rule's
 * folder) is refused, so a wrong place never passes review unnoticed. A file that names no rule
 * or agreement, both, or one that does not exist is already refused for that, and not again here.
 */
export function misplacedInterpretations(
	interpretations: CollectionRead<'interpretations'>,
	targets: { rules: CollectionRead<'rules'>; agreements: CollectionRead<'agreements'> },
	contentRoot: string,
): ContentError[] {
	const { directory } = collections.interpretations;
	return interpretations.written.flatMap(({ file, path, data, locate }) => {
		const target = namedTarget(data as { rule?: unknown; agreement?: unknown });
		const collection = target && targets[target.field === 'rule' ? 'rules' : 'agreements'];
		if (!target || !collection?.ids.has(target.id)) return [];
		const folder = path.split(sep).slice(0, -1).join('/');
		if (folder === target.id) return [];
		const { field, id } = target;
		const noun = collections[collection.name].noun;
		const expected = `${displayPath(join(contentRoot, directory, id))}/`;
		const where = folder
			? `staat in de map ${directory}/${folder}/, maar gaat over ${noun} "${id}"`
			: `staat los in de map ${directory}/, niet in de map van de ${noun} waar het over gaat ("${id}")`;
		const fix = folder ? `Verplaats het bestand naar die map, of noem bij ${field} de ${noun} van de map waar het nu staat.` : 'Verplaats het bestand naar die map.';
		const line = locate?.([field]);
		return [{ file, ...(line ? { line } : {}), field, message: `${where}; verwacht het bestand in de map ${expected}. ${fix}` }];
	});
}

/** The one rule or agreement a file names; none when it names neither or both. */
function namedTarget({ rule, agreement }: { rule?: unknown; agreement?: unknown }): { field: 'rule' | 'agreement'; id: string } | undefined {
	if (typeof rule === 'string' && agreement === undefined) return { field: 'rule', id: rule };
	if (typeof agreement === 'string' && rule === undefined) return { field: 'agreement', id: agreement };
	return undefined;
}
