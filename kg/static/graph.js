// Builds the network from the JSON block. Every text from the graph goes in through
// textContent or the canvas, never through innerHTML.
(function () {
  "use strict";
  var page = JSON.parse(document.getElementById("graph-data").textContent);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function details(t) {
    var box = el("div", null, "tip");
    box.appendChild(el("div", t.type, "tip-type"));
    if (t.en) { box.appendChild(el("div", t.en, "tip-name")); }
    if (t.ru && t.ru !== t.en) { box.appendChild(el("div", t.ru, "tip-name")); }
    if (t.dates) { box.appendChild(el("div", t.dates)); }
    if (t.place) { box.appendChild(el("div", t.place)); }
    if (t.format) { box.appendChild(el("div", t.format)); }
    if (t.sources.length) {
      var list = el("ul");
      t.sources.forEach(function (s) {
        var item = el("li");
        if (s.url) {
          var a = el("a", s.title);
          a.href = s.url;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          item.appendChild(a);
        } else {
          item.textContent = s.title;
        }
        if (s.issued) { item.appendChild(document.createTextNode(" (" + s.issued + ")")); }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  }

  var tips = {};
  var nodes = page.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    tips[n.id] = n.tip;
    copy.title = details(n.tip);
    delete copy.tip;
    return copy;
  });
  var edges = page.edges.map(function (e, i) {
    var copy = Object.assign({ id: i }, e);
    copy.title = el("div", e.tip, "tip");
    delete copy.tip;
    return copy;
  });

  var data = { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) };
  var network = new vis.Network(document.getElementById("network"), data, page.options);
  document.body.setAttribute("data-node-count", String(network.body.data.nodes.length));
  document.body.setAttribute("data-edge-count", String(network.body.data.edges.length));

  if (page.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      document.body.setAttribute("data-settled", "physics");
    });
  } else {
    document.body.setAttribute("data-settled", "precomputed");
  }

  network.on("selectNode", function (params) {
    var panel = document.getElementById("details");
    panel.replaceChildren(details(tips[params.nodes[0]]));
  });
})();
