import { leadOf } from '../../src/lib/content/lead-of.ts';

/** Markdown typesets quotes and apostrophes; the words are what a reader must find. */
export const words = (text: string) => text.replace(/[“”„"]/g, '"').replace(/[‘’']/g, "'").replace(/\s+/g, ' ').trim();

/** The first paragraph of an MDX body, as the plain text a reader sees first. */
export const firstParagraph = (body: string) => words(leadOf(body));
