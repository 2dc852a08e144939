// Small xmllint helpers for the build tests (xmllint parses; the tests never regex XML).
import { spawnSync } from 'node:child_process';

export const XMLLINT = '/usr/bin/xmllint';

/** Runs xmllint offline in `cwd`; schemas resolve relative to it, as an LMS would. */
export function xmllint(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(XMLLINT, ['--nonet', ...args], { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Validates `file` against `schema`; returns xmllint's output when it fails, '' when it validates. */
export function schemaErrors(cwd: string, schema: string, file = 'imsmanifest.xml'): string {
  const r = xmllint(cwd, '--noout', '--schema', schema, file);
  return r.status === 0 && r.stderr.includes(`${file} validates`) ? '' : `exit ${r.status}\n${r.stderr}`;
}

/** The string value of an XPath over a namespaced document (use local-name()). */
export function xpathString(cwd: string, file: string, expr: string): string {
  const r = xmllint(cwd, '--xpath', `string(${expr})`, file);
  if (r.status !== 0) throw new Error(`xpath ${expr} failed: ${r.stderr}`);
  return r.stdout.replace(/\n$/, ''); // xmllint ends its output with one newline
}

/** Every `href` of the manifest's `<file>` elements, as parsed by xmllint. */
export function manifestFiles(cwd: string, file = 'imsmanifest.xml'): string[] {
  const r = xmllint(cwd, '--xpath', "//*[local-name()='resource']/*[local-name()='file']/@href", file);
  if (r.status !== 0) throw new Error(`xpath failed: ${r.stderr}`);
  return [...r.stdout.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}

