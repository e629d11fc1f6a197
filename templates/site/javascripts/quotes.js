// Quotes page: a speaker filter that keeps its choice in the address (?speaker=actors/some-id),
// so a filtered view can be shared, reloaded and gone back to (popstate, or pageshow when the
// browser restores the page from its back-forward cache). Without JavaScript the filter
// stays hidden and the page is the whole list, with a link to each speaker's own page.
(function () {
  function init() {
    var select = document.getElementById("nd-filter-speaker");
    if (!select) return;
    var quotes = document.querySelectorAll(".nd-quotes .nd-quote");
    var years = document.querySelectorAll(".nd-quotes .nd-quote-year");
    var none = document.querySelector(".nd-no-match");
    select.closest(".nd-quote-filter").hidden = false;

    function apply(chosen) {
      var shown = 0;
      quotes.forEach(function (quote) {
        var show = !chosen || quote.dataset.speaker === chosen;
        quote.hidden = !show;
        if (show) shown += 1;
      });
      years.forEach(function (year) {
        year.hidden = !year.querySelector(".nd-quote:not([hidden])");
      });
      if (none) none.hidden = shown > 0;
    }

    function fromAddress() {
      var wanted = new URLSearchParams(window.location.search).get("speaker") || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === wanted; });
      if (!known) {
        // a speaker quoted on another page (another year): say so rather than show everyone
        var option = document.createElement("option");
        option.value = wanted;
        option.textContent = wanted.split("/").pop() + " (not on this page)";
        select.appendChild(option);
      }
      select.value = wanted;
      apply(wanted);
    }

    select.addEventListener("change", function () {
      var url = new URL(window.location.href);
      if (select.value) url.searchParams.set("speaker", select.value);
      else url.searchParams.delete("speaker");
      window.history.pushState({ speaker: select.value }, "", url);
      apply(select.value);
    });
    window.addEventListener("popstate", fromAddress);
    // a page restored from the back-forward cache, or whose form the browser refilled: the address decides
    window.addEventListener("pageshow", fromAddress);
    fromAddress();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
