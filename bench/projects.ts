/**
 * The two projects the benchmark builds, laid out under bench/out so that no build writes into the working tree:
 * a snapshot of the site (src/, public/ and config copied) and the baseline (bench/baseline copied). Each gets a
 * node_modules folder of links to the project's packages, so nothing is installed twice, while Astro's caches
 * (node_modules/.astro, where the content layer keeps its data store) stay private to the benchmark.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Cache and output folders a cold build must not find. */
const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', '.build-tmp', 'dist'];
/**
 * The site's own cache (src/derive/cache-root.ts): drawn social cards and rendered articles, which a publisher's
 * rebuild keeps.
 */
const BUILD_CACHE = 'node_modules/.cache';

/** Files and folders of the site that a build reads, copied into the snapshot. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Links every package of `modules` into `project`/node_modules, leaving out caches. */
export function linkNodeModules(project: string, modules = resolve('node_modules')): void {
  const target = join(project, 'node_modules');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(modules)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(modules, name), join(target, name));
  }
}

/**
 * Copies the site's sources into `project` (replacing it) and links its packages: from the working tree of `repo`
 * when `ref` is "worktree", else from that git commit (a stable snapshot while others edit the tree).
 */
export function prepareSite(project: string, ref = 'worktree', repo = resolve('.')): string {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  if (ref === 'worktree') {
    for (const name of SITE_FILES) {
      if (existsSync(join(repo, name))) cpSync(join(repo, name), join(project, name), { recursive: true });
    }
  } else {
    const tar = execFileSync('git', ['archive', '--format=tar', ref, '--', ...SITE_FILES], { cwd: repo });
    execFileSync('tar', ['-x', '-C', project], { input: tar });
  }
  linkNodeModules(project, join(repo, 'node_modules'));
  return project;
}

/** Copies bench/baseline into `project` (replacing it) and links the project's packages. */
export function prepareBaseline(project: string, repo = resolve('.')): string {
  rmSync(project, { recursive: true, force: true });
  cpSync(join(repo, 'bench', 'baseline'), project, { recursive: true });
  linkNodeModules(project, join(repo, 'node_modules'));
  return project;
}

/**
 * Removes Astro's caches and earlier output from a project, so that the next build is a cold one; with
 * `keepBuildCache`, the site's own cache stays, as it does between a publisher's builds.
 */
export function clearCaches(project: string, { keepBuildCache = false } = {}): void {
  for (const name of keepBuildCache ? CACHES : [...CACHES, BUILD_CACHE])
    rmSync(join(project, name), { recursive: true, force: true });
}
