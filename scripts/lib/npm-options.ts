/**
 * `npm run publiceer 0.6 --label "X" --proef` without `--` after the script's name: npm takes
 * --label and --proef for its own configuration (npm_config_label=true, npm_config_proef=true; or
 * the value itself with --label=X) and passes only "0.6" and "X" on. The script would then miss
 * its options and find a name where it expects nothing. This recognises that case and rebuilds the
 * command as it was meant, so the script can say what to type instead.
 */
export interface ScriptOptions {
	/** The script's name after `npm run`. */
	script: string;
	/** How many arguments the script itself takes before its options. */
	positionals: number;
	/** Each option, and whether it takes a value. */
	options: Record<string, 'value' | 'flag'>;
}

export function swallowedByNpm({ script, positionals, options }: ScriptOptions, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
	const given = (option: string) => args.some((arg) => arg === `--${option}` || arg.startsWith(`--${option}=`));
	const taken = Object.keys(options).filter((option) => env[`npm_config_${option}`] !== undefined && !given(option));
	if (taken.length === 0) return undefined;
	const quote = (value: string) => (/^[\w.,%+-]+$/.test(value) ? value : `"${value.replaceAll('"', '\\"')}"`);
	// npm passed on the values of the options it took as flags, in order, after the script's own arguments.
	const own = args.slice(0, positionals);
	const values = args.slice(positionals);
	const rebuilt = taken.map((option) => {
		const value = env[`npm_config_${option}`]!;
		if (options[option] === 'flag') return `--${option}`;
		const meant = value === 'true' ? values.shift() : value;
		return meant === undefined ? `--${option} "…"` : `--${option} ${quote(meant)}`;
	});
	const names = taken.map((option) => `--${option}`).join(' en ');
	return [
		`npm heeft ${names} zelf opgevangen: er staat geen -- na ${script}, en dan houdt npm opties voor zichzelf. Zet -- na ${script}, zo:`,
		`  npm run ${script} -- ${[...own, ...values].map(quote).concat(rebuilt).join(' ')}`,
	].join('\n');
}
