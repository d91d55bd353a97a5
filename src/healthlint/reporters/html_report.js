/* healthlint HTML report: filters, highlight <-> note navigation, and a self-check. */
(function () {
  "use strict";
  var findings = JSON.parse(document.getElementById("hl-findings").textContent);
  var byId = {};
  findings.forEach(function (f) { byId[f.id] = f; });
  var rank = { error: 0, warning: 1, info: 2 };
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var notes = Array.prototype.slice.call(document.querySelectorAll("li.note"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));

  function ids(mark) { return mark.getAttribute("data-fs").split(" ").map(Number); }
  function marksOf(id) { return document.querySelectorAll('mark.hl[data-fs~="' + id + '"]'); }

  function hiddenSet() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.getAttribute("data-filter") + ":" + b.value] = true; } });
    return function (f) { return off["category:" + f.category] || off["severity:" + f.severity]; };
  }

  function apply() {
    var hidden = hiddenSet(), shown = 0;
    notes.forEach(function (n) {
      var h = !!hidden(byId[n.getAttribute("data-f")]);
      n.hidden = h;
      if (!h) { shown += 1; }
    });
    marks.forEach(function (m) {
      var visible = ids(m).map(function (i) { return byId[i]; }).filter(function (f) { return !hidden(f); });
      if (!visible.length) { m.classList.add("off"); return; }
      visible.sort(function (a, b) { return rank[a.severity] - rank[b.severity] || a.id - b.id; });
      m.classList.remove("off");
      m.setAttribute("data-cat", visible[0].category);
      m.setAttribute("data-sev", visible[0].severity);
    });
    var out = document.getElementById("shown");
    if (out) { out.textContent = "Showing " + shown + " of " + findings.length + " findings."; }
    var hide = boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.value; });
    document.body.setAttribute("data-hidden", hide.join(","));
    if (window.history && history.replaceState && (hide.length || location.hash.indexOf("#hide=") === 0)) {
      try { history.replaceState(null, "", hide.length ? "#hide=" + hide.join(",") : location.pathname + location.search); } catch (e) { /* file: URLs in some browsers */ }
    }
  }

  function activate(id, from) {
    document.querySelectorAll(".active").forEach(function (e) { e.classList.remove("active"); });
    var note = document.getElementById("n" + id), ms = marksOf(id);
    Array.prototype.forEach.call(ms, function (m) { m.classList.add("active"); });
    if (note) { note.classList.add("active"); }
    var target = from === "mark" ? note : ms[0];
    if (target && target.scrollIntoView) { target.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
  }

  document.addEventListener("click", function (e) {
    var mark = e.target.closest && e.target.closest("mark.hl");
    if (mark && !mark.classList.contains("off")) {
      var hidden = hiddenSet();
      var first = ids(mark).filter(function (i) { return !hidden(byId[i]); })[0];
      if (first) { activate(first, "mark"); }
      return;
    }
    var link = e.target.closest && e.target.closest("a.where, li.note");
    if (link) {
      if (link.tagName === "A") { e.preventDefault(); }
      activate(Number(link.getAttribute("data-f")), "note");
    }
  });
  boxes.forEach(function (b) { b.addEventListener("change", apply); });

  var m = /^#hide=(.*)$/.exec(location.hash);
  if (m) {
    var off = decodeURIComponent(m[1]).split(",");
    boxes.forEach(function (b) { if (off.indexOf(b.value) >= 0) { b.checked = false; } });
  }
  apply();

  // Self-check: each highlight must hold exactly the finding's text, starting on its line.
  var failures = [];
  findings.forEach(function (f) {
    if (!f.text) { return; }
    var ms = marksOf(f.id);
    if (!ms.length) { failures.push(f.rule + "@" + f.line + ":" + f.column + " not highlighted"); return; }
    var text = Array.prototype.map.call(ms, function (x) { return x.textContent; }).join("");
    if (text !== f.text) { failures.push(f.rule + "@" + f.line + ":" + f.column + " highlights " + JSON.stringify(text)); }
    var line = ms[0].closest(".ln");
    if (!line || Number(line.getAttribute("data-n")) !== f.line) { failures.push(f.rule + "@" + f.line + ":" + f.column + " on the wrong line"); }
  });
  document.body.setAttribute("data-checked", String(findings.length));
  document.body.setAttribute("data-selfcheck", failures.length ? "fail: " + failures.join("; ") : "ok");
})();
