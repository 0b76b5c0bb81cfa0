/**
 * The handbook's own components that contributed MDX may use, with the attributes each accepts.
 * The content check refuses every other element; src/components/content/ renders these.
 */
export const handbookComponents = {
	/** An example from daily work, set apart from the agreed wording. */
	Voorbeeld: { attributes: ['titel'] },
} as const satisfies Record<string, { attributes: readonly string[] }>;

export type HandbookComponentName = keyof typeof handbookComponents;

export const isHandbookComponent = (name: string): name is HandbookComponentName => Object.hasOwn(handbookComponents, name);
