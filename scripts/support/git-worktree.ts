/**
 * An older version of the project, checked out beside it for a side-by-side measurement
 * (`npm run bench:ui -- --base <ref>`): `git worktree add --detach` in a temporary folder, with
 * the project's node_modules linked in (npm ci needs the network and minutes; the old commit
 * builds with today's packages, which is also what makes the two builds comparable).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Worktree {
	/** The checkout's folder. */
	dir: string;
	/** The full commit it holds, and that commit's short hash and subject line. */
	commit: string;
	short: string;
	subject: string;
	/** Removes the checkout and its temporary folder; safe to call twice. */
	remove: () => void;
}

const git = (repo: string, args: string[]) =>
	execFileSync('git', args, {
		cwd: repo,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	}).trim();

/** The commit `ref` names in `repo`, or an Error that says the ref is unknown. */
export function resolveCommit(repo: string, ref: string): string {
	try {
		return git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	} catch {
		throw new Error(`git knows no commit named ${JSON.stringify(ref)} in ${repo}`);
	}
}

/**
 * Checks `ref` out, detached, into a new temporary folder, and links `repo`'s node_modules into
 * it. The caller must call `remove()` (also on failure and on Ctrl-C).
 */
export function addWorktree(repo: string, ref: string, { name = 'base' } = {}): Worktree {
	const commit = resolveCommit(repo, ref);
	const parent = mkdtempSync(join(tmpdir(), `cjt-${name}-`));
	// A folder of its own inside the temporary one: git refuses to check out into one that exists.
	const dir = join(parent, 'tree');
	const modules = join(dir, 'node_modules');
	let added = false;
	const remove = () => {
		// The link goes first, by itself: a recursive delete that followed it would empty the
		// project's own node_modules.
		if (lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(modules);
		if (added) {
			added = false;
			try {
				git(repo, ['worktree', 'remove', '--force', dir]);
			} catch {
				// The folder is deleted below either way; prune forgets a checkout whose folder is gone.
				rmSync(dir, { recursive: true, force: true });
				git(repo, ['worktree', 'prune']);
			}
		}
		rmSync(parent, { recursive: true, force: true });
	};
	try {
		git(repo, ['worktree', 'add', '--detach', dir, commit]);
		added = true;
		if (!existsSync(join(repo, 'node_modules')))
			throw new Error(`${repo} has no node_modules to lend the checkout: run npm ci there`);
		symlinkSync(join(repo, 'node_modules'), modules, 'dir');
		return {
			dir,
			commit,
			short: git(repo, ['rev-parse', '--short', commit]),
			subject: git(repo, ['log', '-1', '--format=%s', commit]),
			remove
		};
	} catch (e) {
		remove();
		throw e;
	}
}
