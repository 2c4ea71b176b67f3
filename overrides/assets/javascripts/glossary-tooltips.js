/* Glossary tooltips on hover and keyboard focus, in Material's style, by event
   delegation: nothing runs as the page opens (why not content.tooltips: mkdocs.yml). */
(function () {
  "use strict";
  var ID = "__glossary_tooltip";
  var KEPT = "data-glossary-title"; // holds the title while the tooltip shows
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
    mark.removeAttribute("title"); // or the browser's own would cover it
    tip = document.createElement("div");
    tip.className = "md-tooltip2 md-tooltip2--bottom";
    tip.setAttribute("role", "tooltip");
    tip.id = ID;
    var inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    inner.textContent = text;
    tip.appendChild(inner);
    // Material's stylesheet places the tooltip from these (see its tooltip2).
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
