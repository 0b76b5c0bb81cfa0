import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Parses an MDX body as @astrojs/mdx does (remark-mdx with GFM), so what passes the check compiles there. */
export const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
