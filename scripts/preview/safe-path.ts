/**
 * Maps the part of a URL path below a served folder to a file inside that
 * folder. Refuses anything that would leave it: `..` (raw or percent-encoded,
 * including `%2f` slashes), NUL bytes, and symlinks pointing outside.
 */
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

export type SafeFile =
  | { status: 200; file: string; size: number }
  | { status: 301; location: string }
  | { status: 400 | 403 | 404 };

const inside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * @param root the served folder
 * @param rest the URL path after the folder's prefix, still percent-encoded, without query
 * @param urlPath the whole URL path, for the trailing-slash redirect of folders
 */
export async function safeFile(root: string, rest: string, urlPath: string): Promise<SafeFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  // join (not resolve): a leading "/" in `decoded` must not make it absolute.
  const lexical = join(root, decoded);
  if (!inside(root, lexical)) return { status: 403 };

  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(lexical), realpath(root)]);
  } catch {
    return { status: 404 };
  }
  if (!inside(realRoot, real)) return { status: 403 };

  const info = await stat(real);
  if (info.isDirectory()) {
    // Relative URLs in the package's index.html resolve against the folder only with a trailing slash.
    if (!urlPath.endsWith('/')) return { status: 301, location: `${urlPath}/` };
    return safeFile(root, `${rest}index.html`, `${urlPath}index.html`);
  }
  return info.isFile() ? { status: 200, file: real, size: info.size } : { status: 404 };
}
