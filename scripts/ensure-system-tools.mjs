// Makes sure the system tools the tests need are present: Chromium (browser
// tests) and xmllint (manifest validation). Installs Debian's packages when
// running as root; otherwise says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { tool: 'chromium', path: process.env.CHROME_PATH || '/usr/bin/chromium', pkg: 'chromium' },
  { tool: 'xmllint', path: '/usr/bin/xmllint', pkg: 'libxml2-utils' },
];

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function ensureSystemTools() {
  const missing = needs.filter((n) => !existsSync(n.path));
  if (missing.length === 0) return;
  const pkgs = missing.map((n) => n.pkg);
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing ${missing.map((n) => n.tool).join(', ')}. Install them: sudo apt-get install -y ${pkgs.join(' ')}`);
  }
  console.log(`Installing ${pkgs.join(', ')} from Debian's packages…`);
  const apt = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['update', '-qq']);
  // Two apt processes at once fail on the dpkg lock: retry a few times.
  for (let tries = 1; ; tries++) {
    try {
      apt(['install', '-y', '-qq', '--no-install-recommends', ...pkgs]);
      return;
    } catch (error) {
      if (tries >= 5) throw error;
      execFileSync('sleep', ['10']);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystemTools();
