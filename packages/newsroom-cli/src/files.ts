/**
 * The Markdown files `newsroom check` is given: files, folders (searched for
 * .md, .mdx and .markdown) and globs, without node_modules and dist, and
 * without what `.newsroomignore` in the working folder lists (gitignore
 * syntax). A path that cannot be read is a {@link FileError}: one line.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ignorePackage from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

export class FileError extends Error {
  override name = 'FileError';
}

const extensions = ['md', 'mdx', 'markdown'];
const alwaysIgnored = ['**/node_modules/**', '**/dist/**'];

/** A file-system error as one line: what could not be done to which path, and why. */
export function fileErrorLine(action: string, path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many symbolic links (a loop?)',
    EEXIST: 'it exists',
    ENAMETOOLONG: 'the name is too long',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
  };
  return `cannot ${action} ${path}: ${(code && why[code]) ?? (error as Error).message.split('\n')[0]}`;
}

function ignoreFile(cwd: string): ((path: string) => boolean) | undefined {
  let source: string;
  try {
    source = readFileSync(join(cwd, '.newsroomignore'), 'utf8');
  } catch {
    return undefined;
  }
  // ignore is CommonJS; its factory is also its `default`.
  const matcher = ignorePackage.default().add(source);
  return (path) => {
    const rel = relative(cwd, path);
    return rel !== '' && !rel.startsWith('..') && matcher.ignores(rel);
  };
}

/** The files to check, sorted, each once. */
export async function markdownFiles(paths: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      for (const file of await glob(path, { cwd, absolute: true, ignore: alwaysIgnored, onlyFiles: true }))
        files.add(file);
      continue;
    }
    const absolute = resolve(cwd, path);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch (error) {
      throw new FileError(fileErrorLine('read', path, error));
    }
    if (!isFolder) {
      files.add(absolute);
      continue;
    }
    const found = await glob(`**/*.{${extensions.join(',')}}`, {
      cwd: absolute,
      absolute: true,
      ignore: alwaysIgnored,
      onlyFiles: true,
      followSymbolicLinks: false,
    });
    for (const file of found) files.add(file);
  }
  const ignored = ignoreFile(cwd);
  return [...files].filter((file) => !ignored?.(file)).sort();
}
