// Timeline filters: show only the rows whose actors or missions include the chosen one.
(function () {
  function apply() {
    var actor = document.getElementById("nd-filter-actor");
    var mission = document.getElementById("nd-filter-mission");
    if (!actor || !mission) return;
    var rows = document.querySelectorAll(".nd-timeline .nd-row");
    rows.forEach(function (row) {
      var actors = (row.dataset.actors || "").split(" ");
      var missions = (row.dataset.missions || "").split(" ");
      var show = (!actor.value || actors.indexOf(actor.value) >= 0) &&
                 (!mission.value || missions.indexOf(mission.value) >= 0);
      row.hidden = !show;
    });
  }
  function init() {
    ["nd-filter-actor", "nd-filter-mission"].forEach(function (id) {
      var select = document.getElementById(id);
      if (select) select.addEventListener("change", apply);
    });
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
