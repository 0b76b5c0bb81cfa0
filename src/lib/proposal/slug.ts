/**
 * Part of a file name made from a team's name or a title: lowercase letters, digits and hyphens,
 * as content ids are. Accents are dropped (é → e); the result is cut at a word to keep names short.
 */
export function slugify(text: string, maxLength: number): string {
	const slug = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength + 1);
	return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength).replace(/-+$/, '');
}
