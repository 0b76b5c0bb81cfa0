/** Markdown typesets quotes and apostrophes; the words are what a reader must find. */
export const words = (text: string) => text.replace(/[“”„"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();

/** The first paragraph of an MDX body, as plain text: what a reader sees first. */
export const firstParagraph = (body: string) => words(body.trim().split(/\n\s*\n/)[0]!);
