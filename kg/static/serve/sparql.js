// The SPARQL page without JavaScript is a plain form; with it, choosing a named query loads it at
// once and Ctrl+Enter (Cmd+Enter) runs the query.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  var select = document.getElementById("named-query");
  var text = document.getElementById("query-text");
  if (!form || !select || !text) { return; }
  select.addEventListener("change", function () {
    var load = document.createElement("input");
    load.type = "hidden";
    load.name = "load";
    load.value = "1";
    form.appendChild(load);
    form.submit();
  });
  text.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      var run = document.createElement("input");
      run.type = "hidden";
      run.name = "run";
      run.value = "1";
      form.appendChild(run);
      form.submit();
    }
  });
})();
