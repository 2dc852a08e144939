/**
 * Calls back once after a burst of changes anywhere under a folder, any file
 * and any extension: editors write a file in several steps (temp file, rename,
 * chmod), and one save must cause one rebuild, not three.
 */
import { watch, type FSWatcher } from 'node:fs';

export interface FolderWatch {
  close(): void;
}

/** Node 20's recursive fs.watch (inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows). */
export function watchFolder(dir: string, onChange: (files: string[]) => void, quietMs = 150): FolderWatch {
  let timer: NodeJS.Timeout | null = null;
  const changed = new Set<string>();
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, file) => {
    if (file) changed.add(String(file));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const files = [...changed].sort();
      changed.clear();
      onChange(files);
    }, quietMs);
  });
  // A folder removed while watched: keep the preview running, the next build reports it.
  watcher.on('error', () => {});
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
