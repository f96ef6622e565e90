/* global document, window */
// Progressive enhancement for the answer form; the pages work fully without it.
// - A live word count under the answer box. The visible count updates as the student types;
//   screen readers hear it from a separate polite region only after a pause, not on every key.
// - The answer is kept as a draft for this tab only (sessionStorage) while the student writes, so
//   a reload, the back button or a lost connection never throws away an evening's essay, and the
//   next person at a shared school computer never sees it (it goes when the tab is closed).
// - On the feedback page, focus moves to the results heading so the new mark is read first.
(function enhanceAnswerForm() {
  'use strict';
  // The same word pattern as the server's count (src/http/pages/models.ts) and the engine.
  var WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[\u00AD\u200B-\u200D\u2060\uFEFF](?=[\p{L}\p{N}]))*(?:['’][\p{L}]+)*/gu;
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

  var SAVE_AFTER_MS = 300;
  var RESTORED = 'Your answer from earlier in this tab has been put back.';

  // Null where storage is switched off or full (private modes, strict settings): no draft, no error.
  function tabStorage() {
    try {
      var store = window.sessionStorage;
      store.setItem('essay-feedback:probe', '1');
      store.removeItem('essay-feedback:probe');
      return store;
    } catch {
      return null;
    }
  }

  function keepDraft(box) {
    var store = tabStorage();
    if (!store || !box.form) return;
    var key = 'essay-feedback:draft:' + box.form.getAttribute('action');
    function save() {
      try {
        store.setItem(key, box.value);
      } catch {
        // Full storage: the draft is not kept, and the form works as before.
      }
    }
    var saved = store.getItem(key);
    // Only an empty box is filled: a feedback page already shows the answer that was sent.
    if (saved && box.value.trim() === '') {
      box.value = saved;
      var note = document.createElement('p');
      note.className = 'hint draft-note';
      note.setAttribute('role', 'status');
      note.textContent = RESTORED;
      box.parentNode.insertBefore(note, box);
    }
    var timer = null;
    box.addEventListener('input', function scheduleSave() {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, SAVE_AFTER_MS);
    });
    box.form.addEventListener('submit', save);
  }

  var boxes = document.querySelectorAll('textarea[data-word-count-target]');
  for (var i = 0; i < boxes.length; i += 1) {
    keepDraft(boxes[i]);
    attachCounter(boxes[i]);
  }

  var results = document.querySelector('[data-focus-on-load]');
  if (results) results.focus();
})();
