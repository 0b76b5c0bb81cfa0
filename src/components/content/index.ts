import type { HandbookComponentName } from '../../lib/content/handbook-components.ts';
import Voorbeeld from './Voorbeeld.astro';

/** How each component that contributed MDX may use is rendered; the type makes the list and the views agree. */
export const handbookComponentViews: Record<HandbookComponentName, typeof Voorbeeld> = { Voorbeeld };
