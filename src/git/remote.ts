import { simpleGit } from 'simple-git';

/** The repository a workspace is in, as artifact links to its files need it. */
export interface RepositoryInfo {
  /** The repository's root folder. */
  root: string;
  /** Its web address (`https://github.com/owner/repo`), when its remote is known. */
  webUrl?: string;
}

/**
 * The repository holding `dir` and the web address of its `origin` remote, or undefined
 * outside a repository. `webUrl` overrides the remote (the action knows it from GitHub).
 */
export async function repositoryOf(
  dir: string,
  webUrl?: string,
): Promise<RepositoryInfo | undefined> {
  const git = simpleGit({ baseDir: dir });
  let root: string;
  try {
    root = (await git.raw(['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
  if (root === '') return undefined;
  if (webUrl !== undefined) return { root, webUrl };
  let remote: string;
  try {
    remote = (await git.raw(['remote', 'get-url', 'origin'])).trim();
  } catch {
    return { root };
  }
  const web = webAddressOf(remote);
  return web === undefined ? { root } : { root, webUrl: web };
}

/**
 * The web address of a remote URL: `git@host:owner/repo.git`, `ssh://git@host/owner/repo.git`
 * and `https://host/owner/repo(.git)` give `https://host/owner/repo`; credentials are dropped.
 * Undefined for anything else (a local path, a file:// remote).
 */
export function webAddressOf(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return `https://${scp[1] ?? ''}/${scp[2] ?? ''}`;
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || url.hostname === '') {
    return undefined;
  }
  const path = url.pathname.replace(/\.git\/?$/, '').replace(/\/+$/, '');
  if (path.split('/').filter(Boolean).length < 2) return undefined;
  return `https://${url.hostname}${path}`;
}
