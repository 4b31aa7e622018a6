/**
 * The file-system side of ingest, shared by the command line (scripts/ingest.ts) and its benchmark
 * (scripts/bench-ingest.ts) so that both run the same code.
 */
import {
	closeSync,
	constants,
	existsSync,
	fstatSync,
	linkSync,
	lstatSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	unlinkSync,
	writeFileSync,
	type Stats
} from 'node:fs';
import { join } from 'node:path';
import { loadReference, type Reference } from '../src/lib/corpus/corpus';
import { corpusUrls, type IngestWrite } from '../src/lib/corpus/ingest';
import { MAX_BYTES, type IngestInput } from '../src/lib/corpus/ingest-input';
import type { Problem } from '../src/lib/corpus/schema';

function errorCode(e: unknown): string | undefined {
	return e instanceof Error && 'code' in e ? String(e.code) : undefined;
}

/** Themes, people and places from a data directory. */
export function readReference(dataDir: string): {
	reference: Reference | null;
	problems: Problem[];
} {
	const files = { themes: '', people: '', places: '' };
	const problems: Problem[] = [];
	for (const key of ['themes', 'people', 'places'] as const) {
		const path = join(dataDir, `${key}.yaml`);
		try {
			files[key] = readFileSync(path, 'utf8');
		} catch (e) {
			problems.push({
				file: path,
				message: `cannot be read (${errorCode(e) ?? String(e)})`,
				fix: "point --data at a copy of the project's data/ directory"
			});
		}
	}
	if (problems.length) return { reference: null, problems };
	const loaded = loadReference(files);
	return loaded.problems.length ? { reference: null, problems: loaded.problems } : loaded;
}

/** The file names already in data/sources/. */
export function listSources(sourcesDir: string): Set<string> {
	return new Set(readdirSync(sourcesDir));
}

/**
 * The addresses of the pages in data/sources/ (urlKey → file name), so that ingest can refuse a
 * page that is saved already.
 */
export function readCorpusUrls(sourcesDir: string): Map<string, string> {
	const names = [...listSources(sourcesDir)].filter((n) => n.endsWith('.md')).sort();
	return corpusUrls(
		names.map((name) => ({ name, text: readFileSync(join(sourcesDir, name), 'utf8') }))
	);
}

const SYMLINK =
	'is a symbolic link: ingest reads only regular files, since a link can point at any file of the system';
const SYMLINK_FIX = 'copy the saved page to a regular file and name that';

/** Why a file that is not a regular file is refused, or null for a regular file. */
function notRegular(stat: Stats): string | null {
	if (stat.isFile()) return null;
	if (stat.isDirectory()) return 'is a directory, not a file';
	if (stat.isSymbolicLink()) return SYMLINK;
	if (stat.isFIFO())
		return 'is a named pipe (FIFO), not a regular file: reading it could wait forever';
	if (stat.isSocket()) return 'is a socket, not a regular file';
	if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
	return 'is not a regular file';
}

/**
 * Reads a file for ingest: at most one byte more than ingest accepts, so that a huge file is
 * refused without being loaded. Only a regular file is read: a symbolic link (to /etc/passwd, say)
 * or a FIFO (which would block) is refused before it is opened, and the open itself neither follows
 * a link nor waits, in case the path was swapped in between.
 *
 * `path` is how problems name the file (as the user typed it); `at` is where it is, when the user's
 * folder is not the working directory (npm runs scripts in the package root).
 */
export function readInput(
	path: string,
	at = path
): { input: IngestInput | null; problem: Problem | null } {
	const refuse = (message: string, fix = 'name a saved text file') => ({
		input: null,
		problem: { file: path, message, fix }
	});
	const unreadable = (e: unknown) => {
		const code = errorCode(e);
		// O_NOFOLLOW met a link that replaced the file after it was checked.
		if (code === 'ELOOP') return refuse(SYMLINK, SYMLINK_FIX);
		const message =
			code === 'ENOENT'
				? 'does not exist'
				: code === 'EACCES'
					? 'cannot be read (permission denied)'
					: `cannot be read (${code ?? String(e)})`;
		return refuse(message, 'check the path');
	};
	let before: Stats;
	try {
		before = lstatSync(at);
	} catch (e) {
		return unreadable(e);
	}
	const why = notRegular(before);
	if (why) return refuse(why, before.isSymbolicLink() ? SYMLINK_FIX : undefined);
	let fd: number;
	try {
		fd = openSync(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (e) {
		return unreadable(e);
	}
	try {
		const stat = fstatSync(fd);
		const changed = notRegular(stat);
		if (changed) return refuse(changed);
		const buffer = Buffer.allocUnsafe(Math.min(stat.size, MAX_BYTES) + 1);
		let length = 0;
		for (let n = -1; n !== 0 && length < buffer.length; length += n)
			n = readSync(fd, buffer, length, buffer.length - length, null);
		return { input: { path, bytes: buffer.subarray(0, length) }, problem: null };
	} catch (e) {
		return {
			input: null,
			problem: { file: path, message: `cannot be read (${errorCode(e) ?? String(e)})` }
		};
	} finally {
		closeSync(fd);
	}
}

/** Where a file is written before it takes its name: hidden, and not *.md, so no build reads it. */
export function tempName(sourcesDir: string, name: string): string {
	return join(sourcesDir, `.${name}.${process.pid}.tmp`);
}

function removeQuietly(path: string): void {
	try {
		unlinkSync(path);
	} catch {
		// Already gone: nothing to undo.
	}
}

/** Removes files this process wrote (after an interruption): the batch leaves nothing behind. */
export function undoWrites(paths: readonly string[]): void {
	for (const path of paths) removeQuietly(path);
}

/**
 * Writes every file or none, in two steps: every file goes to a temporary name first; only when all
 * of them are on disk is each linked to its name, which fails rather than replace a file that
 * appeared since the plan was made. After any failure, the temporary files and the files already
 * linked by this call are removed again. The caller undoes a complete batch with `undoWrites` when
 * it was interrupted meanwhile (a signal is handled only once this synchronous call returns).
 */
export function commitWrites(
	sourcesDir: string,
	writes: readonly IngestWrite[]
): { written: string[]; problems: Problem[] } {
	const temps: string[] = [];
	const written: string[] = [];
	let failed: { dest: string; appeared: boolean; error: unknown } | null = null;
	let complete = false;
	try {
		for (const w of writes) {
			const tmp = tempName(sourcesDir, w.name);
			try {
				writeFileSync(tmp, w.text, { flag: 'wx' });
			} catch (error) {
				failed = { dest: join(sourcesDir, w.name), appeared: false, error };
				break;
			}
			temps.push(tmp);
		}
		for (let i = 0; !failed && i < writes.length; i++) {
			const dest = join(sourcesDir, writes[i]!.name);
			try {
				linkSync(temps[i]!, dest);
				written.push(dest);
			} catch (error) {
				const appeared = errorCode(error) === 'EEXIST' || existsSync(dest);
				if (appeared) {
					failed = { dest, appeared, error };
					break;
				}
				// File systems without hard links: rename, having checked for the name just before.
				try {
					renameSync(temps[i]!, dest);
					written.push(dest);
				} catch (renameError) {
					failed = { dest, appeared: false, error: renameError };
				}
			}
		}
		complete = !failed;
	} finally {
		// Also on an exception no one expected: no temporary file and no half batch stays.
		undoWrites(temps);
		if (!complete) undoWrites(written);
	}
	if (!failed) return { written, problems: [] };
	const { dest, appeared, error } = failed;
	return {
		written: [],
		problems: [
			{
				file: dest,
				message: appeared
					? 'appeared while ingesting: not overwritten, and nothing was written'
					: `could not be written (${errorCode(error) ?? String(error)}): nothing was written`,
				fix: appeared ? 'run ingest again' : undefined
			}
		]
	};
}
