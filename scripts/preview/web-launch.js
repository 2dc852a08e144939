// The standalone web build: no LMS, progress in this browser's localStorage
// under `frontline:<course id>` (src/entries/web.ts), which "reset" removes.

function forgetWeb() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('frontline:')) localStorage.removeItem(key);
  } catch {
    // blocked storage holds nothing to forget
  }
}

export async function launchWeb({ fresh }) {
  if (fresh) forgetWeb();
  return { url: 'pkg/web/index.html', note: fresh ? 'Started afresh: the progress kept in this browser was removed.' : 'Progress is kept in this browser, as for a learner on the web.' };
}
