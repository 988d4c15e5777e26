// Lets an editor take a claim's text from the article's pasted text: select the words, then press the button.
// Without JavaScript the button stays hidden and the words can be copied and pasted by hand.
(function () {
  'use strict';

  function start() {
    var body = document.getElementById('article-body');
    var button = document.getElementById('use-selection');
    var target = document.getElementById('text');
    var status = document.getElementById('use-selection-status');
    if (!body || !button || !target) {
      return;
    }
    var selected = '';
    document.addEventListener('selectionchange', function () {
      var selection = window.getSelection();
      if (selection && selection.rangeCount > 0 && body.contains(selection.anchorNode)
          && body.contains(selection.focusNode)) {
        selected = selection.toString();
      }
    });
    button.hidden = false;
    button.addEventListener('click', function () {
      var words = selected.replace(/\s+/g, ' ').trim();
      if (!words) {
        status.textContent = 'First select the words in the article text above.';
        return;
      }
      target.value = words;
      status.textContent = 'The selected words are now the claim text.';
      target.focus();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
