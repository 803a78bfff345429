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

  // Labels: every node's at first on a small graph; on a large one only the central nodes' (page.nodes[i].central),
  // the others' on hover, and all of them once the view is zoomed in past ZOOM_FOR_ALL times the fitted scale.
  var ZOOM_FOR_ALL = 1.6;
  var tips = {}, fullLabel = {}, central = {}, shown = {};
  var nodes = page.nodes.map(function (n) {
    var copy = Object.assign({}, n);
    tips[n.id] = n.tip;
    fullLabel[n.id] = n.label;
    central[n.id] = n.central !== false;
    if (!central[n.id]) { copy.label = ""; }
    copy.title = details(n.tip);
    delete copy.tip;
    delete copy.central;
    return copy;
  });
  var crowded = page.nodes.some(function (n) { return n.central === false; });
  var edges = page.edges.map(function (e, i) {
    var copy = Object.assign({ id: i }, e);
    copy.title = el("div", e.tip, "tip");
    delete copy.tip;
    if (crowded) { delete copy.label; }  // the relation stays in the edge's tooltip
    return copy;
  });

  var data = { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) };
  var container = document.getElementById("network");
  var network = new vis.Network(container, data, page.options);
  document.body.setAttribute("data-node-count", String(network.body.data.nodes.length));
  document.body.setAttribute("data-edge-count", String(network.body.data.edges.length));

  function countLabels() {
    var drawn = 0;
    Object.keys(fullLabel).forEach(function (id) { if (central[id] || shown[id]) { drawn += 1; } });
    document.body.setAttribute("data-labels-drawn", String(drawn));
  }

  function showLabels(ids, on) {
    var changes = [];
    ids.forEach(function (id) {
      if (!central[id] && !!shown[id] !== on) {
        shown[id] = on;
        changes.push({ id: id, label: on ? fullLabel[id] : "" });
      }
    });
    if (changes.length) { data.nodes.update(changes); countLabels(); }
  }

  // How many nodes lie (even partly) outside the drawing area: the fitted view must hold them all.
  function countOutside() {
    var width = container.clientWidth, height = container.clientHeight, outside = 0;
    Object.keys(fullLabel).forEach(function (id) {
      var box = network.getBoundingBox(id);
      var a = network.canvasToDOM({ x: box.left, y: box.top });
      var b = network.canvasToDOM({ x: box.right, y: box.bottom });
      if (a.x < 0 || a.y < 0 || b.x > width || b.y > height) { outside += 1; }
    });
    document.body.setAttribute("data-nodes-outside", String(outside));
  }

  var fittedScale = null, zoomedIn = false;
  function settled(how) {
    network.fit({ animation: false });
    // fit() frames the nodes' shapes; a tenth more room keeps the labels of the outermost ones in view
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
    fittedScale = network.getScale();
    countOutside();
    document.body.setAttribute("data-settled", how);
  }

  countLabels();
  network.on("hoverNode", function (params) { showLabels([params.node], true); });
  network.on("blurNode", function (params) { if (!zoomedIn) { showLabels([params.node], false); } });
  network.on("zoom", function () {
    if (fittedScale === null) { return; }
    var all = network.getScale() >= fittedScale * ZOOM_FOR_ALL;
    if (all !== zoomedIn) {
      zoomedIn = all;
      showLabels(Object.keys(fullLabel), all);
    }
  });

  if (page.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      settled("physics");
    });
  } else {
    settled("precomputed");
  }

  network.on("selectNode", function (params) {
    var panel = document.getElementById("details");
    panel.replaceChildren(details(tips[params.nodes[0]]));
  });
})();
