/**
 * The file-system side of ingest, shared by the command line (scripts/ingest.ts) and its benchmark
 * (scripts/bench-ingest.ts) so that both run the same code.
 */
import {
	closeSync,
	existsSync,
	fstatSync,
	linkSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { loadReference, type Reference } from '../src/lib/corpus/corpus';
import { MAX_BYTES, type IngestInput, type IngestWrite } from '../src/lib/corpus/ingest';
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
 * Reads a file for ingest: at most one byte more than ingest accepts, so that a huge file is
 * refused without being loaded.
 */
export function readInput(path: string): { input: IngestInput | null; problem: Problem | null } {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (e) {
		const code = errorCode(e);
		const message =
			code === 'ENOENT'
				? 'does not exist'
				: code === 'EACCES'
					? 'cannot be read (permission denied)'
					: `cannot be read (${code ?? String(e)})`;
		return { input: null, problem: { file: path, message, fix: 'check the path' } };
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory())
			return {
				input: null,
				problem: {
					file: path,
					message: 'is a directory, not a file',
					fix: 'name a saved text file'
				}
			};
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

/**
 * Writes every file or none. Each goes to a temporary file first and is then linked to its name,
 * which fails rather than replace a file that appeared since the plan was made; after any failure
 * the files already written by this call are removed again.
 */
export function commitWrites(
	sourcesDir: string,
	writes: readonly IngestWrite[]
): { written: string[]; problems: Problem[] } {
	const written: string[] = [];
	for (const w of writes) {
		const dest = join(sourcesDir, w.name);
		const tmp = join(sourcesDir, `.${w.name}.${process.pid}.tmp`);
		let appeared = false;
		try {
			writeFileSync(tmp, w.text, { flag: 'wx' });
			try {
				linkSync(tmp, dest);
			} catch (e) {
				appeared = errorCode(e) === 'EEXIST' || existsSync(dest);
				if (appeared) throw e;
				// File systems without hard links: rename, having checked for the name just before.
				renameSync(tmp, dest);
			}
			written.push(dest);
			if (existsSync(tmp)) unlinkSync(tmp);
		} catch (e) {
			if (existsSync(tmp)) unlinkSync(tmp);
			for (const done of written) unlinkSync(done);
			return {
				written: [],
				problems: [
					{
						file: dest,
						message: appeared
							? 'appeared while ingesting: not overwritten, and nothing was written'
							: `could not be written (${errorCode(e) ?? String(e)}): nothing was written`,
						fix: appeared ? 'run ingest again' : undefined
					}
				]
			};
		}
	}
	return { written, problems: [] };
}
