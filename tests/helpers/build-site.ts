import { runBuild } from './astro.ts';

/** Builds the real handbook once, before the tests that read or browse the built site. */
export default function buildSite() {
	const result = runBuild();
	if (result.status !== 0) {
		throw new Error(`De site kon niet worden gebouwd:\n${result.stdout}\n${result.stderr}`);
	}
}
