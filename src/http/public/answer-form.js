/* global document, window */
// Progressive enhancement for the answer form; the pages work fully without it.
// - A live word count under the answer box. The visible count updates as the student types;
//   screen readers hear it from a separate polite region only after a pause, not on every key.
// - On the feedback page, focus moves to the results heading so the new mark is read first.
(function enhanceAnswerForm() {
  'use strict';
  // The same word pattern as the server's count (src/http/pages/models.ts) and the engine.
  var WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  var ANNOUNCE_AFTER_MS = 1000;

  function wordCountText(text) {
    var words = text.match(WORD);
    var n = words ? words.length : 0;
    return n + (n === 1 ? ' word' : ' words');
  }

  function attachCounter(box) {
    var visible = document.getElementById(box.getAttribute('data-word-count-target'));
    if (!visible) return;
    var spoken = document.createElement('span');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    visible.parentNode.insertBefore(spoken, visible.nextSibling);
    var timer = null;
    function update() {
      var text = wordCountText(box.value);
      visible.textContent = text;
      window.clearTimeout(timer);
      timer = window.setTimeout(function announce() {
        spoken.textContent = text;
      }, ANNOUNCE_AFTER_MS);
    }
    box.addEventListener('input', update);
    visible.textContent = wordCountText(box.value);
  }

  var boxes = document.querySelectorAll('textarea[data-word-count-target]');
  for (var i = 0; i < boxes.length; i += 1) attachCounter(boxes[i]);

  var results = document.querySelector('[data-focus-on-load]');
  if (results) results.focus();
})();
