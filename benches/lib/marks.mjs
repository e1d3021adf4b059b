// What the benchmarks watch inside a page, installed before any of the page's
// own scripts run (playwright's addInitScript). All times are milliseconds on
// the page's clock: from navigation start, or from the input that opened a
// report (see arm below).
//
// window.__bench holds:
//   textDom, text   the report text in <main> (its opening words and at least
//                   as many non-space characters as the report): in the DOM,
//                   and painted (the next frame after it, rAF then a task)
//   cardDom, card   the first claim card, with the report's opening words in
//                   <main>: in the DOM, and painted
//   selectedDom, selected
//                   the first card marked aria-current="true": in the DOM, painted
//   hydrated        the app has taken the page over: <html> has the class
//                   "hydrated", which the app sets once its listeners are in
//                   place (a click before then is not answered)
//   firstInput      the first pointerdown or keydown (its event time)
//   lastMutation, lastPaint
//                   the last change to the DOM, and the frame that painted it
// window.__benchArm({ snippet, need })
//                   starts again for another report: times then count from
//                   the next change, paste or drop event (the input that
//                   opens it), or from the call when none comes
// window.__benchNow()   the page's time on the same clock as the marks
// window.__benchSelect(id)
//                   times one selection: window.__sel = { dom, paint } from
//                   the next pointerdown or keydown to card `id` showing
//                   aria-current="true", and to the frame that painted it

/** The page-side script; `opts` is { snippet, need }. Self-contained. */
export function pageMarks(opts) {
  const squash = (s) => s.replace(/\s+/g, '');
  const now = () => performance.now();
  const b = (window.__bench = {});
  let want = null;
  let t0 = 0;
  let waitingInput = false;
  const reset = (o) => {
    want = { snippet: squash(o.snippet || ''), need: o.need || 0 };
    for (const k of ['textDom', 'text', 'cardDom', 'card', 'selectedDom', 'selected', 'hydrated', 'firstInput', 'lastMutation', 'lastPaint']) {
      b[k] = NaN;
    }
  };
  reset(opts);
  const painted = (set) => requestAnimationFrame(() => setTimeout(() => set(now() - t0), 0));
  let paintPending = false;
  let sel = null;
  const check = () => {
    b.lastMutation = now() - t0;
    if (!paintPending) {
      paintPending = true;
      painted((t) => {
        paintPending = false;
        b.lastPaint = t;
      });
    }
    if (sel && Number.isNaN(sel.dom) && !Number.isNaN(sel.t0)) {
      const el = document.querySelector(`article[data-claim-id="${sel.id}"]`);
      if (el && el.getAttribute('aria-current') === 'true') {
        const s = sel;
        s.dom = now() - s.t0;
        requestAnimationFrame(() => setTimeout(() => { s.paint = now() - s.t0; }, 0));
      }
    }
    if (Number.isNaN(b.selectedDom) && document.querySelector('article[data-claim-id][aria-current="true"]')) {
      b.selectedDom = now() - t0;
      painted((t) => { b.selected = t; });
    }
    if (!Number.isNaN(b.textDom) && !Number.isNaN(b.cardDom)) return;
    const main = document.querySelector('main');
    if (!main) return;
    const text = squash(main.textContent);
    const opened = text.includes(want.snippet);
    if (Number.isNaN(b.textDom) && opened && text.length >= want.need) {
      b.textDom = now() - t0;
      painted((t) => { b.text = t; });
    }
    if (Number.isNaN(b.cardDom) && opened && document.querySelector('article[data-claim-id]')) {
      b.cardDom = now() - t0;
      painted((t) => { b.card = t; });
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-current'],
  });
  // Classes apart (the <html> element may not exist yet), so that a change
  // of class does not count as a change to the page above.
  new MutationObserver(() => {
    if (Number.isNaN(b.hydrated) && document.documentElement?.classList.contains('hydrated')) b.hydrated = now() - t0;
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  const onInput = (e) => {
    if (waitingInput) {
      waitingInput = false;
      t0 = e.timeStamp;
    }
  };
  for (const type of ['change', 'paste', 'drop']) addEventListener(type, onInput, true);
  const onSelectInput = (e) => {
    if (Number.isNaN(b.firstInput)) b.firstInput = e.timeStamp - t0;
    if (sel && Number.isNaN(sel.t0)) sel.t0 = e.timeStamp;
  };
  for (const type of ['pointerdown', 'keydown']) addEventListener(type, onSelectInput, true);
  window.__benchArm = (o) => {
    reset(o);
    t0 = now();
    waitingInput = true;
  };
  window.__benchNow = () => now() - t0;
  window.__benchSelect = (id) => {
    sel = { id, t0: NaN, dom: NaN, paint: NaN };
    window.__sel = sel;
  };
}
