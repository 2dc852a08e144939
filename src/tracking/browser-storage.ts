/**
 * The browser's storages for trackers, or a memory stand-in when the browser
 * blocks them (private mode, sandboxed frame, storage switched off): the
 * course still works, only a closed tab loses what waited there.
 */

/** `localStorage`: survives the tab being closed (HTML Living Standard, Web storage). */
export function durableStorageOf(win: Window): Storage {
  try {
    const storage = win.localStorage;
    if (storage) return storage;
  } catch {
    // Access refused: fall through to memory.
  }
  return memoryStorage();
}

/** `sessionStorage`: survives a reload of this tab, and nothing else; null when blocked. */
export function tabStorageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

/** A Storage that lives as long as the page. */
export function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}
