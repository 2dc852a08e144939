// Shows why the course was not rebuilt: each problem on its own line, as
// `npm run build` prints it, in place of the stale course.

const $ = (id) => document.getElementById(id);

const items = (lines) =>
  lines.map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  });

export function showProblems(problems) {
  $('problem-list').replaceChildren(...items(problems));
  $('warnings').hidden = true;
  // Live region: a screen reader hears that the build failed and how often, not the whole list.
  $('problems-summary').textContent = `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix; the course is hidden until they are fixed.`;
  $('problems').hidden = false;
  $('course').hidden = true;
}

/** After a good build: the problems go; warnings (a stale translation…) are listed beside the course. */
export function hideProblems(warnings = []) {
  $('warning-list').replaceChildren(...items(warnings));
  $('warnings').hidden = warnings.length === 0;
  $('problems').hidden = true;
  $('problems-summary').textContent = '';
  $('course').hidden = false;
}
