// Loaded first on every page: keeps every script error, refused resource and console.error
// in #page-errors (and in data-errors on <html>), so a headless browser test can read them.
(function () {
  "use strict";
  var errors = [];
  function show() {
    document.documentElement.setAttribute("data-errors", String(errors.length));
    var box = document.getElementById("page-errors");
    if (box) { box.textContent = errors.join("\n"); box.hidden = errors.length === 0; }
  }
  function record(message) { errors.push(String(message)); show(); }
  window.addEventListener("error", function (e) {
    var target = e.target && e.target !== window ? (e.target.src || e.target.href || e.target.tagName) : "";
    record(e.message || ("failed to load " + target));
  }, true);
  window.addEventListener("unhandledrejection", function (e) { record("unhandled rejection: " + e.reason); });
  document.addEventListener("securitypolicyviolation", function (e) {
    record("blocked by the page's policy: " + e.violatedDirective + " " + e.blockedURI);
  });
  var original = console.error;
  console.error = function () { record(Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); };
  document.addEventListener("DOMContentLoaded", show);
})();
