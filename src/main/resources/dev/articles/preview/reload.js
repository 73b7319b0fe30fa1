// Live reload for the preview: asks the server for its build token and reloads the page when it changed (the
// content was rendered again, or the server was restarted). Shows when the server cannot be reached.
(function () {
  'use strict';
  var token = document.documentElement.getAttribute('data-preview-build');
  var status = document.getElementById('preview-connection');

  function show(text, live) {
    if (status) {
      status.textContent = text;
      status.className = live ? 'live' : 'lost';
    }
  }

  function poll() {
    fetch('/_preview/build', { cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (current) {
        if (current !== token) {
          location.reload();
          return;
        }
        show('live', true);
        setTimeout(poll, 500);
      })
      .catch(function () {
        show('preview server not reachable; retrying', false);
        setTimeout(poll, 2000);
      });
  }

  setTimeout(poll, 500);
})();
