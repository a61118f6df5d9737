/*
 * The app loader of the pages that need the React app (the kennisbank; see
 * plugins/post-build/islands). An external file, bundled into
 * `assets/islands/app-loader.<hash>.js`, that reads the app's script URLs
 * from its own `data-scripts`: its text is the same in every build, so the
 * Content-Security-Policy needs no hash for it.
 *
 * The page arrives fully rendered: reading, links, the search form (it
 * submits to /zoeken), images, "Terug naar boven" and the skip link work
 * without JavaScript. The React app (runtime~main.js, main.js and the route
 * chunks) is loaded only when the reader reaches for something that needs it:
 * pointing at, touching or focusing a control (a button, a field, a tab), or
 * pressing the search shortcut. A click that arrives before React has taken
 * over the page is kept and replayed once Docusaurus marks the page hydrated.
 */
(function () {
  var doc = document;
  var current = doc.currentScript;
  var scripts = current ? JSON.parse(current.getAttribute('data-scripts') || '[]') : [];
  var root = doc.documentElement;
  var CONTROL = 'button,input,select,textarea,[role="button"],[role="tab"],[contenteditable]';
  var SKIP_LINK = 'a[href="#__docusaurus_skipToContent_fallback"]';
  var started = false;
  var pending = null;

  function closest(event, selector) {
    var target = event.target;
    return target && target.closest ? target.closest(selector) : null;
  }

  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < scripts.length; i += 1) {
      var script = doc.createElement('script');
      script.src = scripts[i];
      // Dynamically inserted scripts are async; keep the runtime before main.
      script.async = false;
      doc.head.appendChild(script);
    }
  }

  function editable(target) {
    return (
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    );
  }

  function focusTarget(element) {
    // As src/theme/SkipToContent does once React runs: keep the temporary
    // tabindex until focus leaves, so focus really moves into the content.
    if (!element.hasAttribute('tabindex')) {
      element.setAttribute('tabindex', '-1');
      element.addEventListener(
        'blur',
        function () {
          element.removeAttribute('tabindex');
        },
        { once: true },
      );
    }
    element.focus();
  }

  function onIntent(event) {
    if (closest(event, CONTROL)) start();
  }

  function onClick(event) {
    var control = closest(event, CONTROL);
    if (control) {
      start();
      // Fields take focus and text natively; React reads them when it runs.
      if (editable(control) || control.type === 'submit') return;
      event.preventDefault();
      event.stopPropagation();
      pending = control;
      return;
    }
    if (closest(event, SKIP_LINK)) {
      var main =
        doc.querySelector('main') || doc.getElementById('__docusaurus_skipToContent_fallback');
      if (main) {
        event.preventDefault();
        focusTarget(main);
      }
    }
  }

  function onKeyDown(event) {
    var key = (event.key || '').toLowerCase();
    var modK = (event.ctrlKey || event.metaKey) && !event.altKey && key === 'k';
    var slash =
      key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target);
    if (!modK && !slash) return;
    var input = doc.querySelector('form[role="search"] input');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  }

  var listeners = [
    ['pointerover', onIntent],
    ['pointerdown', onIntent],
    ['focusin', onIntent],
    ['click', onClick],
    ['keydown', onKeyDown],
  ];
  function each(method) {
    for (var i = 0; i < listeners.length; i += 1) {
      doc[method](listeners[i][0], listeners[i][1], true);
    }
  }
  each('addEventListener');

  new MutationObserver(function (_records, observer) {
    if (root.getAttribute('data-has-hydrated') !== 'true') return;
    observer.disconnect();
    each('removeEventListener');
    var control = pending;
    pending = null;
    if (control && control.isConnected) control.click();
  }).observe(root, { attributes: true, attributeFilter: ['data-has-hydrated'] });
})();
