/**
 * A cache shared by every copy of a module in one process. Astro loads the config, the content
 * collections and the pages as separate module graphs, each with its own copy of the content
 * reader; without this, one build would check every file three times.
 */
export function processWideCache<V>(name: string): Map<string, V> {
	const registry = ((globalThis as { [caches]?: Map<string, Map<string, unknown>> })[caches] ??= new Map());
	let cache = registry.get(name);
	if (!cache) registry.set(name, (cache = new Map()));
	return cache as Map<string, V>;
}

const caches = Symbol.for('de-sociale-norm.process-wide-caches');
