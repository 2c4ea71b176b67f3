/*
 * Glossary tooltips: the one-sentence definition of a glossary mark
 * (<a class="glossary-term" title="...">, made by hooks/seedpress/tooltips.py)
 * shown in Material's own tooltip style when the pointer rests on the mark or
 * the keyboard focuses it; Escape hides it.
 *
 * Why not Material's `content.tooltips` feature: when a page opens it mounts a
 * tooltip component on every element with a title (focus and hover listeners,
 * subscriptions, and for the header's buttons size checks that make the page
 * lay out again), work that grows with the page: on a phone-speed CPU it blocked the main thread for one to two seconds
 * on pages with a hundred marks (issue 16), and Material has no setting to
 * mount tooltips lazily. Here two listeners on the document do nothing until a
 * mark is hovered or focused, and only that mark gets a tooltip. Without this
 * script (or without JavaScript) every title stays the browser's own tooltip.
 */
(function () {
  "use strict";
  var ID = "__glossary_tooltip";
  var KEPT = "data-glossary-title"; // the title, while the tooltip replaces it
  var tip = null;
  var host = null;
  var timer = 0;

  function markOf(node) {
    return node instanceof Element ? node.closest("a.glossary-term") : null;
  }

  function hide() {
    clearTimeout(timer);
    if (host === null) return;
    host.setAttribute("title", host.getAttribute(KEPT));
    host.removeAttribute(KEPT);
    host.removeAttribute("aria-describedby");
    tip.remove();
    tip = host = null;
  }

  function hideSoon() {
    clearTimeout(timer);
    timer = setTimeout(hide, 250);
  }

  function show(mark) {
    clearTimeout(timer);
    if (mark === host) return;
    hide();
    var text = mark.getAttribute("title");
    if (!text) return;
    host = mark;
    mark.setAttribute(KEPT, text);
    mark.removeAttribute("title"); // the browser's tooltip would cover this one
    tip = document.createElement("div");
    tip.className = "md-tooltip2 md-tooltip2--bottom";
    tip.setAttribute("role", "tooltip");
    tip.id = ID;
    var inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    inner.textContent = text;
    tip.appendChild(inner);
    // The custom properties Material's stylesheet positions a tooltip with:
    // the host's place in the document, and where below it the tooltip starts.
    var box = mark.getBoundingClientRect();
    var style = tip.style;
    style.setProperty("--md-tooltip-host-x", box.left + window.scrollX + "px");
    style.setProperty("--md-tooltip-host-y", box.top + window.scrollY + "px");
    style.setProperty("--md-tooltip-x", box.width / 2 + "px");
    style.setProperty("--md-tooltip-y", 8 + box.height + "px");
    style.setProperty("--md-tooltip-tail", "0px");
    document.body.appendChild(tip);
    style.setProperty("--md-tooltip-width", inner.offsetWidth + "px");
    mark.setAttribute("aria-describedby", ID);
    requestAnimationFrame(function () {
      if (tip !== null) tip.classList.add("md-tooltip2--active");
    });
  }

  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    if (mark !== null) show(mark);
  });
  document.addEventListener("mouseout", function (event) {
    var mark = markOf(event.target);
    if (mark !== null && mark === host && !mark.contains(event.relatedTarget) && document.activeElement !== mark)
      hideSoon();
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark !== null) show(mark);
    else hide();
  });
  document.addEventListener("focusout", function (event) {
    if (markOf(event.target) === host) hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
})();
