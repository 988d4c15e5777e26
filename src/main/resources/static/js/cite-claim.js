// "Cite this claim": dates the citation with the reader's own day (a page may have been rendered earlier) and copies
// it to the clipboard. Without JavaScript the button stays hidden and the citation can be selected and copied by hand.
(function () {
  'use strict';

  function today() {
    var now = new Date();
    var iso = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-'
      + String(now.getDate()).padStart(2, '0');
    var label = now.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    return { iso: iso, label: label };
  }

  function start() {
    var button = document.querySelector('[data-copy-citation]');
    if (!button) {
      return;
    }
    var citation = document.getElementById(button.getAttribute('data-copy-citation'));
    var status = document.querySelector('[data-copy-status]');
    var accessed = citation.querySelector('[data-access-date]');
    if (accessed) {
      var day = today();
      accessed.setAttribute('datetime', day.iso);
      accessed.textContent = day.label;
    }
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = citation.textContent.replace(/\s+/g, ' ').trim();
      navigator.clipboard.writeText(text).then(function () {
        status.textContent = 'Copied.';
      }, function () {
        status.textContent = 'Could not copy: select the citation and copy it by hand.';
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
