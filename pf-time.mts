import * as pagefind from 'pagefind';
import { cpSync, rmSync } from 'node:fs';
const dir = process.argv[2]!;
for (let i = 0; i < 2; i++) {
	const t0 = performance.now();
	const { index } = await pagefind.createIndex();
	const t1 = performance.now();
	const added = await index!.addDirectory({ path: dir });
	const t2 = performance.now();
	await index!.writeFiles({ outputPath: '/tmp/b25/pf-out' });
	const t3 = performance.now();
	console.log(added.page_count, 'create', (t1 - t0).toFixed(0), 'add', (t2 - t1).toFixed(0), 'write', (t3 - t2).toFixed(0));
	await pagefind.close();
}
