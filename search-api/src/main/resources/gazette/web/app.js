// The search page: reads its state from the address bar, asks /api/search, and renders with DOM methods only.
// Page text is only ever set as text; snippets are rebuilt from the API's <mark> tags, never parsed as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const SINGLE = ["q", "sort", "from", "to", "page", "cursor"];
const MAX_WINDOW = 10000;

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

// Snippet text arrives HTML-escaped (&lt; &amp; &#39; …) around <mark> tags; decode it into plain text.
function decodeEntities(text) {
  const named = { lt: "<", gt: ">", amp: "&", quot: "\"", apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, code) => {
    if (code[0] === "#") {
      const n = code[1].toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return named[code.toLowerCase()] ?? all;
  });
}

function snippet(html) {
  const p = el("p", { className: "snippet" });
  html.split(/(<mark>.*?<\/mark>)/s).forEach((part) => {
    const m = /^<mark>(.*)<\/mark>$/s.exec(part);
    p.append(m ? el("mark", { textContent: decodeEntities(m[1]) }) : decodeEntities(part));
  });
  return p;
}

function state() {
  return new URLSearchParams(location.search);
}

// The page number rides in the history entry: the API takes either page or cursor, and a cursor has no number.
function go(params, page = null) {
  history.pushState({ page }, "", "/?" + params.toString());
  run();
}

// A new query or filter starts again from its first page.
function restart(params) {
  params.delete("page");
  params.delete("cursor");
  go(params);
}

function day(timestamp) {
  return timestamp.slice(0, 10);
}

// Shown when a page has left its site: the page stays findable, marked with the day it was found gone.
function removedMark(h) {
  const text = h.removed_at ? `removed from site on ${day(h.removed_at)}` : "removed from site";
  return el("span", { className: "removed", textContent: text });
}

// "+N similar" opens the list of the near-duplicates collapsed into this hit, fetched when first opened.
function similar(h) {
  const { count, ids } = h.duplicates;
  const list = el("ul");
  const box = el("details", { className: "similar" }, [el("summary", { textContent: `+${count} similar` }), list]);
  box.addEventListener("toggle", () => {
    if (!box.open || list.childElementCount) return;
    list.append(...ids.map(similarItem));
    if (count > ids.length) list.append(el("li", { textContent: `and ${count - ids.length} more` }));
  });
  return box;
}

function similarItem(id) {
  const link = el("a", { href: "/api/documents/" + encodeURIComponent(id), textContent: id });
  const item = el("li", {}, [link]);
  fetch(link.href, { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
    .then((doc) => {
      link.href = doc.url;
      link.textContent = doc.title || doc.url;
      item.append(el("span", { className: "site", textContent: " " + doc.site }));
    })
    .catch(() => {}); // the link to the document's JSON stays
  return item;
}

function hit(h) {
  const link = el("a", { href: h.url, textContent: h.title || h.url, rel: "noopener" });
  const meta = el("p", { className: "meta" }, [
    el("span", { textContent: h.published ? day(h.published) : "undated" }),
    el("span", { textContent: h.language }),
    el("span", { textContent: h.site }),
  ]);
  if (h.removed) meta.append(removedMark(h));
  const item = el("li", {}, [el("h3", {}, [link]), meta, ...h.snippets.map(snippet)]);
  if (h.translations.length) {
    const links = h.translations.map((t) => el("a", { href: t.url, textContent: t.language, hreflang: t.language }));
    const line = el("p", { className: "translations", textContent: "Also in: " });
    links.forEach((a, i) => line.append(...(i ? [", ", a] : [a])));
    item.append(line);
  }
  if (h.duplicates.count > 0) item.append(similar(h));
  return item;
}

function facetGroup(title, param, values, params) {
  const chosen = params.getAll(param);
  const boxes = values.map((v) => {
    const box = el("input", { type: "checkbox", checked: chosen.includes(v.value) });
    box.addEventListener("change", () => {
      const next = state();
      next.delete(param);
      chosen.filter((c) => c !== v.value).forEach((c) => next.append(param, c));
      if (box.checked) next.append(param, v.value);
      restart(next);
    });
    return el("label", {}, [box, el("span", { textContent: v.value }), el("span", { className: "count",
      textContent: String(v.count) })]);
  });
  return values.length ? [el("h2", { textContent: title }), ...boxes] : [];
}

function yearGroup(values, params) {
  const links = values.map((v) => {
    const chosen = params.get("from") === v.value + "-01-01" && params.get("to") === v.value + "-12-31";
    const box = el("input", { type: "checkbox", checked: chosen });
    box.addEventListener("change", () => {
      const next = state();
      if (box.checked) { next.set("from", v.value + "-01-01"); next.set("to", v.value + "-12-31"); }
      else { next.delete("from"); next.delete("to"); }
      restart(next);
    });
    return el("label", {}, [box, el("span", { textContent: v.value }), el("span", { className: "count",
      textContent: String(v.count) })]);
  });
  return values.length ? [el("h2", { textContent: "Year" }), ...links] : [];
}

// Next follows the API's cursor, so paging goes on past the numbered pages' window; Previous goes back to a
// numbered page, which shows what the cursor walk showed there.
function pager(result, params) {
  const current = params.has("cursor") ? history.state?.page ?? null : result.page;
  const pages = Math.ceil(result.total / result.size);
  const previous = el("button", { type: "button", textContent: "← Previous",
    disabled: !current || current < 2 || (current - 1) * result.size > MAX_WINDOW });
  previous.addEventListener("click", () => {
    const next = state();
    next.delete("cursor");
    if (current - 1 > 1) next.set("page", current - 1); else next.delete("page");
    go(next, current - 1);
  });
  const following = el("button", { type: "button", textContent: "Next →", disabled: !result.cursor });
  following.addEventListener("click", () => {
    const next = state();
    next.delete("page");
    next.set("cursor", result.cursor);
    go(next, current ? current + 1 : null);
  });
  const where = current ? `Page ${current} of ${pages}` : `${pages} pages`;
  const nav = $("pager");
  nav.replaceChildren();
  if (pages > 1) nav.append(previous, el("span", { textContent: where }), following);
}

function render(result, params) {
  const similarPages = result.total_documents - result.total;
  $("status").textContent = `${result.total} result${result.total === 1 ? "" : "s"}`
    + (similarPages > 0 ? `, and ${similarPages} similar page${similarPages === 1 ? "" : "s"}` : "")
    + ` (${result.took_ms} ms)`;
  const suggestion = $("suggestion");
  suggestion.hidden = !result.suggestion;
  if (result.suggestion) {
    const next = state();
    next.set("q", result.suggestion);
    const link = el("a", { href: "/?" + next.toString(), textContent: result.suggestion });
    suggestion.replaceChildren("Did you mean ", link, "?");
  }
  $("results").replaceChildren(...result.hits.map(hit));
  $("facets").replaceChildren(...facetGroup("Language", "lang", result.facets.language, params),
    ...facetGroup("Site", "site", result.facets.site, params), ...yearGroup(result.facets.year, params));
  pager(result, params);
}

// Searches may answer out of order (the front page's list can arrive after the query typed meanwhile): only the
// answer to the latest search is shown.
let latestSearch = 0;

async function run() {
  const search = ++latestSearch;
  const params = state();
  SINGLE.forEach((name) => { if ($(name)) $(name).value = params.get(name) ?? ($(name).tagName === "SELECT" ? "relevance" : ""); });
  $("status").textContent = "Searching…";
  try {
    const response = await fetch("/api/search?" + params.toString(), { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (search !== latestSearch) return;
    if (!response.ok) throw new Error(body.detail || body.title);
    render(body, params);
  } catch (e) {
    if (search !== latestSearch) return;
    $("results").replaceChildren();
    $("status").textContent = "Search failed: " + e.message;
  }
}

function submit(event) {
  event.preventDefault();
  const next = state();
  SINGLE.forEach((name) => next.delete(name));
  for (const name of ["q", "sort", "from", "to"]) {
    const value = $(name).value.trim();
    if (value && !(name === "sort" && value === "relevance")) next.set(name, value);
  }
  go(next);
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", submit);
  ["sort", "from", "to"].forEach((id) => $(id).addEventListener("change", () => $("search").requestSubmit()));
  window.addEventListener("popstate", run);
  run();
});
