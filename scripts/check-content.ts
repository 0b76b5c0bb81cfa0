// Checks all content of the handbook, and that no published version has changed since it was
// published (its files, its manifest, the chain of versions, its references), and says in Dutch
// what is wrong, per file and field. In GitHub Actions each error is also an annotation on its file
// and line in the pull request. Warns, without failing, about what is likely a mistake.
// Usage: npm run check
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

// Node keeps the check's modules compiled, their TypeScript stripped, between runs (like the check
// cache, under node_modules/.cache): a second run starts in about half the time. It must be on
// before they are loaded, hence the check is imported here rather than at the top.
enableCompileCache(join(import.meta.dirname, '..', 'node_modules', '.cache', 'handbook-node-compile'));
await import('./lib/check-content-run.ts');
