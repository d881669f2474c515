import { execFileSync } from 'node:child_process';

/** The commit a run measured, and whether the work tree had changes on top of it. */
export interface GitInfo {
  readonly sha: string;
  readonly isDirty: boolean;
}

/** Reads HEAD and the work tree's state; `unknown` outside a git checkout. */
export function readGitInfo(repoRoot: string): GitInfo {
  try {
    const sha = git(repoRoot, ['rev-parse', 'HEAD']);
    const isDirty = git(repoRoot, ['status', '--porcelain']) !== '';
    return { sha, isDirty };
  } catch {
    return { sha: 'unknown', isDirty: false };
  }
}

/** The short form shown in reports: `ab1901b`, `ab1901b (dirty)`. */
export function formatGitInfo(info: GitInfo): string {
  return `${info.sha.slice(0, 12)}${info.isDirty ? ' (dirty)' : ''}`;
}

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}
