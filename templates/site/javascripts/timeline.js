// Timeline filters (templates/timeline.md.j2). A row is shown when it names every chosen value
// (the filters combine with AND). The choices live in the address (?actor=...&kind=...), which is
// the one source of truth: a filtered view can be shared, survives a reload, and Back/Forward
// (popstate, or pageshow when the browser restores the page from its back-forward cache) show
// the rows of the address they return to. Without JavaScript the form stays `hidden` and the
// page is the plain list of every row.
(function () {
  "use strict";
  var form, selects, rows, headings, tocLinks, count, nomatch, total, yearLinks;

  function params() {
    return new URLSearchParams(window.location.search);
  }

  // {filter name: chosen value or ""} as the address gives it
  function chosenInAddress() {
    var query = params(), chosen = {};
    selects.forEach(function (select) { chosen[select.name] = query.get(select.name) || ""; });
    return chosen;
  }

  function chosenInForm() {
    var chosen = {};
    selects.forEach(function (select) { chosen[select.name] = select.value; });
    return chosen;
  }

  function showInForm(chosen) {
    selects.forEach(function (select) {
      var value = chosen[select.name] || "";
      var offered = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      if (!offered) {
        // a shared address may name a value no row of this page names: keep it visible
        select.add(new Option(value + " (none on this page)", value));
      }
      select.value = value;
    });
  }

  // the query string of the address with the chosen values (other parameters kept)
  function query(chosen) {
    var q = params();
    selects.forEach(function (select) {
      if (chosen[select.name]) q.set(select.name, chosen[select.name]);
      else q.delete(select.name);
    });
    var text = q.toString();
    return text ? "?" + text : "";
  }

  function matches(row, chosen) {
    return selects.every(function (select) {
      var value = chosen[select.name];
      if (!value) return true;
      var named = (row.getAttribute("data-" + select.getAttribute("data-field")) || "").split(" ");
      return named.indexOf(value) >= 0;
    });
  }

  function apply(chosen) {
    var shown = 0, filtered = selects.some(function (s) { return chosen[s.name]; });
    rows.forEach(function (row) {
      var show = matches(row, chosen);
      row.hidden = !show;
      if (show) shown += 1;
    });
    // a year heading is shown only when one of its rows is (and so is its entry in the contents)
    headings.forEach(function (heading) {
      var any = heading.rows.some(function (row) { return !row.hidden; });
      heading.element.hidden = !any;
      (tocLinks[heading.element.id] || []).forEach(function (item) { item.hidden = !any; });
    });
    var noun = total === 1 ? "entry" : "entries";
    count.textContent = filtered ? shown + " of " + total + " " + noun + " shown" : total + " " + noun + " (events and articles)";
    nomatch.hidden = shown > 0;
    // the links to the other years' pages keep the chosen filters
    var q = query(chosen);
    yearLinks.forEach(function (link) {
      var url = new URL(link.getAttribute("data-nd-href"), window.location.href);
      url.search = q;
      link.href = url.pathname + url.search + url.hash;
    });
  }

  function fromAddress() {
    var chosen = chosenInAddress();
    showInForm(chosen);
    apply(chosen);
  }

  function changed() {
    var chosen = chosenInForm();
    var address = window.location.pathname + query(chosen) + window.location.hash;
    if (address !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.pushState(null, "", address);
    }
    apply(chosen);
  }

  function init() {
    form = document.getElementById("nd-filters");
    var list = document.querySelector(".nd-timeline");
    if (!form || !list) return;
    selects = Array.prototype.slice.call(form.querySelectorAll("select[data-field]"));
    rows = Array.prototype.slice.call(list.querySelectorAll(".nd-row"));
    count = document.getElementById("nd-count");
    nomatch = document.getElementById("nd-nomatch");
    total = rows.length;
    headings = [];
    Array.prototype.forEach.call(list.children, function (child) {
      if (/^H[1-6]$/.test(child.tagName)) headings.push({ element: child, rows: [] });
      else if (child.classList.contains("nd-row") && headings.length) headings[headings.length - 1].rows.push(child);
    });
    tocLinks = {};
    headings.forEach(function (heading) {
      if (!heading.element.id) return;
      tocLinks[heading.element.id] = Array.prototype.map.call(
        document.querySelectorAll('.md-nav--secondary a[href="#' + heading.element.id + '"]'),
        function (a) { return a.closest("li") || a; });
    });
    yearLinks = Array.prototype.slice.call(document.querySelectorAll(".nd-years a[href]"));
    yearLinks.forEach(function (link) { link.setAttribute("data-nd-href", link.getAttribute("href")); });
    selects.forEach(function (select) { select.addEventListener("change", changed); });
    document.getElementById("nd-filter-clear").addEventListener("click", function () {
      selects.forEach(function (select) { select.value = ""; });
      changed();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    window.addEventListener("popstate", fromAddress);
    // a page restored from the back-forward cache, or whose form the browser refilled: the address decides
    window.addEventListener("pageshow", fromAddress);
    fromAddress();
    form.hidden = false;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
