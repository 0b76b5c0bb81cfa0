// Checks all content of the handbook, and that no published version has changed since it was
// published (its files, its manifest, the chain of versions, its references), and says in Dutch
// what is wrong, per file and field. In GitHub Actions each error is also an annotation on its file
// and line in the pull request. Warns, without failing, about what is likely a mistake.
// Usage: npm run check
//
// JavaScript, not TypeScript, as the one file of the check Node starts before its compile cache is
// on: a TypeScript entry would load Node's type stripper (~0.1 s) for this file alone.
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

// A young generation of 32 MB a semi-space, set before the heap grows (V8's flags are per process,
// so the check's worker has it too): the check makes many short-lived objects, and at 5,000
// interpretations it then runs about 0.2 s faster and peaks some 70 MB lower (three runs each).
setFlagsFromString('--max-semi-space-size=32');

// Node keeps the check's modules compiled, their TypeScript stripped, between runs (like the check
// cache, under node_modules/.cache): a second run starts in about half the time. It must be on
// before they are loaded, hence the check is imported here rather than at the top.
enableCompileCache(join(import.meta.dirname, '..', 'node_modules', '.cache', 'handbook-node-compile'));
await import('./lib/check-content-run.ts');
