// Keyboard access to glossary tooltips (WCAG 2.1.1). Material shows a term's
// tooltip on hover and on focus, but <abbr> cannot take focus. Making every
// occurrence focusable would add hundreds of tab stops, so the first
// occurrence of each term on a page becomes focusable and shows its tooltip.
document$.subscribe(function () {
  var seen = {};
  document.querySelectorAll("article abbr[title]").forEach(function (abbr) {
    var key = abbr.textContent.toLowerCase();
    if (!seen[key]) {
      seen[key] = true;
      abbr.tabIndex = 0;
    }
  });
});
