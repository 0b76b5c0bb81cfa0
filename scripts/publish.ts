// Publishes a version of the handbook: freezes the content into content/versions/<number>/ with a
// manifest of checksums. Usage: npm run publiceer -- 0.6 --label "50-70%-versie" [--proef] [--bevestig]
import { contentRootOf } from '../src/lib/content/content-root.ts';
import { publishCommand } from './lib/publish-command.ts';

process.exitCode = await publishCommand(process.argv.slice(2), {
	// HANDBOOK_CONTENT: tests point the script at a fixture; ./content otherwise.
	contentRoot: contentRootOf(process.env.HANDBOOK_CONTENT),
	env: process.env,
	log: (line) => console.log(line),
	error: (line) => console.error(line),
	...(process.stdin.isTTY ? { terminal: { input: process.stdin, output: process.stdout } } : {}),
});
