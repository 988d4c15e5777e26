// Proposes claims from the pasted text without leaving the page: asks POST /api/extractions with the page's CSRF
// token and fills the review list from the page's own row template, so the rows are those the server would show.
// Accepting stays the review form's ordinary post. Without JavaScript both forms post to the page instead.
(function () {
  'use strict';

  // The server binds no more rows of one list (web.FormRowLimit).
  var MOST_ROWS = 50;

  function start() {
    var form = document.getElementById('propose-form');
    var review = document.getElementById('proposal-review');
    var list = document.getElementById('proposal-list');
    var template = document.getElementById('proposal-template');
    if (!form || !review || !list || !template || !window.fetch) {
      return;
    }
    var status = document.getElementById('propose-status');
    var button = document.getElementById('propose-button');
    var none = document.getElementById('no-proposals');

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = form.querySelector('textarea').value;
      if (!text.trim()) {
        status.textContent = 'Paste the article’s text first.';
        return;
      }
      button.disabled = true;
      status.textContent = 'Proposing claims…';
      propose(form, text).then(function (answer) {
        if (!answer.ok) {
          status.textContent = answer.body.detail || 'No claims could be proposed (error ' + answer.status + ').';
          return;
        }
        var claims = answer.body.claims || [];
        show(claims.slice(0, MOST_ROWS));
        status.textContent = describe(claims.length);
      }).catch(function () {
        status.textContent = 'The server could not be reached; try again.';
      }).then(function () {
        button.disabled = false;
      });
    });

    list.addEventListener('click', function (event) {
      var reject = event.target.closest('[data-reject]');
      if (reject) {
        event.preventDefault();
        var item = reject.closest('.proposal');
        item.parentNode.removeChild(item);
        noneLeft();
        return;
      }
      var create = event.target.closest('[data-create-actor]');
      if (create) {
        startNewActor(create.closest('.proposal'));
      }
    });
    offerNewActors(list);

    function show(claims) {
      var problems = review.querySelector('#form-problems');
      if (problems) {
        problems.parentNode.removeChild(problems);
      }
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      claims.forEach(function (claim, index) {
        list.appendChild(row(template, claim, index));
      });
      review.hidden = false;
      noneLeft();
    }

    function noneLeft() {
      none.hidden = list.children.length > 0;
    }
  }

  // The editor still chooses the new actor's type and saves: nothing is created until the proposal is accepted.
  function startNewActor(item) {
    var details = item.querySelector('details.new-actor');
    var name = field(item, 'newActorName');
    details.open = true;
    if (!name.value) {
      name.value = field(item, 'speakerName').value;
    }
    field(item, 'claimant').value = '';
    item.querySelector('select[name$=".newActorType"]').focus();
  }

  function offerNewActors(root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-create-actor]'), function (button) {
      button.hidden = !field(button.closest('.proposal'), 'speakerName').value;
    });
  }

  function propose(form, text) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf && form.dataset.csrfHeader) {
      headers[form.dataset.csrfHeader] = csrf.value;
    }
    return fetch(form.dataset.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify({ text: text })
    }).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (body) {
        return { ok: response.ok, status: response.status, body: body };
      });
    });
  }

  function describe(count) {
    if (count === 0) {
      return 'No quotes or reported speech were found in the text.';
    }
    var proposed = count === 1 ? '1 claim proposed' : count + ' claims proposed';
    if (count > MOST_ROWS) {
      return proposed + '; the first ' + MOST_ROWS + ' are below. Accept them, then propose from the rest.';
    }
    return proposed + ': review them below. Nothing is saved until you accept.';
  }

  // One row from the template: numbered, then filled with textContent and form values only.
  function row(template, claim, index) {
    var item = template.content.firstElementChild.cloneNode(true);
    number(item, String(index));
    var speaker = claim.speaker || {};
    var known = Boolean(speaker.actor);
    field(item, 'speakerName').value = speaker.name || '';
    field(item, 'speakerActor').value = speaker.actor || '';
    field(item, 'checked').checked = true;
    field(item, 'claimant').value = known ? speaker.name : '';
    field(item, 'kind').value = claim.direct ? 'DIRECT_QUOTE' : 'REPORTED_SPEECH';
    field(item, 'text').value = claim.content || '';
    field(item, 'passage').value = claim.passage || '';
    field(item, 'cue').value = claim.cue || '';
    field(item, 'speakerMention').value = claim.speakerMention || '';
    mark(item, claim);
    item.querySelector('[data-speaker="known"]').hidden = !known;
    item.querySelector('[data-speaker="new"]').hidden = known;
    var link = field(item, 'speakerLink');
    if (known) {
      link.href = '/actors/' + encodeURIComponent(speaker.actor);
      link.textContent = speaker.name;
    }
    field(item, 'speakerNameShown').textContent = speaker.name || 'someone the text does not name';
    offerNewActors(item);
    return item;
  }

  function mark(item, claim) {
    var passage = claim.passage || '';
    var content = claim.content || '';
    var start = claim.contentStart;
    if (typeof start !== 'number' || passage.substr(start, content.length) !== content) {
      start = passage.indexOf(content);
    }
    var found = content !== '' && start >= 0;
    item.querySelector('[data-passage="before"]').textContent = found ? passage.slice(0, start) : passage;
    item.querySelector('[data-passage="content"]').textContent = found ? content : '';
    item.querySelector('[data-passage="after"]').textContent = found ? passage.slice(start + content.length) : '';
  }

  function field(item, name) {
    return item.querySelector('[data-field="' + name + '"]');
  }

  function number(item, index) {
    [item].concat(Array.prototype.slice.call(item.querySelectorAll('*'))).forEach(function (element) {
      ['id', 'name', 'for', 'value', 'data-row', 'aria-describedby'].forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value && value.indexOf('INDEX') >= 0) {
          element.setAttribute(attribute, value.split('INDEX').join(index));
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
