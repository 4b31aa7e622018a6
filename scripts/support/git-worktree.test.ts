import { execFileSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addWorktree, resolveCommit } from './git-worktree';

// A repository of its own per test: the project's repository is shared with people at work.
let repo: string;
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
		cwd: repo,
		encoding: 'utf8'
	}).trim();

beforeEach(() => {
	repo = mkdtempSync(join(tmpdir(), 'cjt-worktree-test-'));
	git('init', '--quiet');
	writeFileSync(join(repo, 'page.txt'), 'old\n');
	git('add', 'page.txt');
	git('commit', '--quiet', '-m', 'old page');
	writeFileSync(join(repo, 'page.txt'), 'new\n');
	git('commit', '--quiet', '-am', 'new page');
	mkdirSync(join(repo, 'node_modules', 'vite'), { recursive: true });
	writeFileSync(join(repo, 'node_modules', 'vite', 'package.json'), '{}');
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('addWorktree', () => {
	it('checks the ref out, detached, with the project’s node_modules linked in', () => {
		const tree = addWorktree(repo, 'HEAD~1');
		try {
			expect(readFileSync(join(tree.dir, 'page.txt'), 'utf8')).toBe('old\n');
			expect(tree.subject).toBe('old page');
			expect(tree.commit).toBe(git('rev-parse', 'HEAD~1'));
			expect(tree.commit.startsWith(tree.short)).toBe(true);
			expect(lstatSync(join(tree.dir, 'node_modules')).isSymbolicLink()).toBe(true);
			expect(existsSync(join(tree.dir, 'node_modules', 'vite', 'package.json'))).toBe(true);
			// The project's own checkout is not moved.
			expect(readFileSync(join(repo, 'page.txt'), 'utf8')).toBe('new\n');
		} finally {
			tree.remove();
		}
	});

	it('removes the checkout with what a build left in it, and leaves node_modules alone', () => {
		const tree = addWorktree(repo, 'HEAD~1');
		mkdirSync(join(tree.dir, 'build'));
		writeFileSync(join(tree.dir, 'build', 'index.html'), '<p>built</p>');
		writeFileSync(join(tree.dir, 'page.txt'), 'edited\n');
		tree.remove();
		tree.remove();
		expect(existsSync(dirname(tree.dir))).toBe(false);
		expect(existsSync(join(repo, 'node_modules', 'vite', 'package.json'))).toBe(true);
		expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
	});

	it('names an unknown ref, and leaves no checkout behind', () => {
		expect(() => addWorktree(repo, 'no-such-ref')).toThrow(/no commit named "no-such-ref"/);
		expect(() => resolveCommit(repo, 'no-such-ref')).toThrow(/no-such-ref/);
		expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
	});

	it('fails when there is no node_modules to lend, and cleans up', () => {
		rmSync(join(repo, 'node_modules'), { recursive: true });
		expect(() => addWorktree(repo, 'HEAD')).toThrow(/no node_modules/);
		expect(git('worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
	});
});
