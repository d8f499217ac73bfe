// Small comforts on top of pages that work without JavaScript: copy buttons, a busy note
// while a check runs, and live progress while a PDF is added.
(function () {
  "use strict";
  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });

  // (a "javascript:" link would need 'unsafe-inline' in the Content-Security-Policy)
  document.querySelectorAll("a.back").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      window.history.back();
    });
  });

  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.dataset.copy);
      if (!source || !navigator.clipboard) { return; }
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 2000);
      });
    });
  });

  var form = document.getElementById("check-form");
  if (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      var busy = form.querySelector(".busy");
      if (button) { button.disabled = true; }
      if (busy) { busy.textContent = "Checking…"; }
    });
  }

  var job = document.getElementById("job");
  if (job && job.querySelector("progress")) {
    var poll = function () {
      fetch(job.dataset.statusUrl, { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (status) {
          if (status.state === "done" || status.state === "failed") {
            window.location.reload();
            return;
          }
          var bar = job.querySelector("progress");
          bar.max = status.total || 1;
          bar.value = status.done || 0;
          job.querySelector(".job-stage").textContent = status.stage;
          setTimeout(poll, 1000);
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 1000);
  }
})();
