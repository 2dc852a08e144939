// Inlined into the launch page's <head> (scripts/lib/stage.ts), so that it
// listens before the first screen has even finished arriving: Start on the
// prerendered cover then works before the player's code is here. It marks
// <fl-player data-start-tapped>, which the player honours when it takes over
// (fl-player.ts), and shows the prerendered first lesson in place of the
// cover, as soon as it has arrived (on a slow network the page may still be
// coming in), with focus on its heading. Tiny and dependency-free: it is in
// every launch's first bytes.
document.addEventListener('click', function (event) {
  var screen = document.querySelector('.first-screen');
  var cover = screen && screen.querySelector('[data-screen=cover]');
  var target = event.composedPath()[0];
  if (!cover || cover.hidden || !(target instanceof Element) || !target.closest('.actions button.primary') || !cover.contains(event.target)) return;
  screen.parentElement.setAttribute('data-start-tapped', '');
  function showLesson() {
    var lesson = screen.querySelector('[data-screen=lesson]');
    // Still on its way: the cover stays until it is here (never a blank page).
    if (!lesson || !screen.querySelector('[data-screen-end]')) return false;
    cover.hidden = true;
    lesson.hidden = false;
    window.scrollTo(0, 0);
    // The lesson's heading, as the player focuses it after Start: screen readers start reading there.
    var player = lesson.firstElementChild;
    var view = player && player.shadowRoot && player.shadowRoot.querySelector('#view > *');
    var heading = view && view.shadowRoot && view.shadowRoot.querySelector('h2');
    if (heading) heading.focus();
    return true;
  }
  if (showLesson()) return;
  var arriving = new MutationObserver(function () {
    if (showLesson() || !screen.isConnected) arriving.disconnect();
  });
  arriving.observe(screen, { childList: true });
});
