/**
 * Opens the preview in the author's browser. Best effort: no opener (a
 * server, a container) or no display only means the address is printed.
 */
import { spawn } from 'node:child_process';

export interface OpenCommand {
  command: string;
  args: string[];
}

/** The platform's "open this URL" command, or null when there is no desktop to open it on. */
export function openCommand(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): OpenCommand | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is the window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  // Linux and the BSDs: without X11 or Wayland xdg-open would fall back to a text browser in this terminal.
  if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return null;
  return { command: 'xdg-open', args: [url] };
}

/** True when an opener was started; never throws. */
export function openBrowser(url: string, platform = process.platform, env = process.env): boolean {
  const open = openCommand(url, platform, env);
  if (!open) return false;
  try {
    const child = spawn(open.command, open.args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {}); // ENOENT: no opener installed
    child.unref();
    return true;
  } catch {
    return false;
  }
}
