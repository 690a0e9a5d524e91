// detente desk: the page over the JSON API. Plain JavaScript and SVG, nothing loaded from elsewhere.
// Data from the store is only ever put into the page as text (textContent), never as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const PAGE = 50;
const state = { offset: 0, total: 0, filters: {}, selected: null };

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function $(id) { return document.getElementById(id); }

// Each view's load takes a ticket; only the latest request of a view draws, so a slow earlier answer (a tab's default
// load, a double click) never overwrites what the analyst asked for afterwards.
const tickets = {};
function take(view) { tickets[view] = (tickets[view] || 0) + 1; return tickets[view]; }
function stale(view, ticket) { return tickets[view] !== ticket; }

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined && value !== false) query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = Array.isArray(body.detail)
      ? body.detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ")
      : body.detail || response.statusText;
    throw new Error(detail);
  }
  return body;
}

function setStatus(id, text, error = false) {
  const node = $(id);
  node.textContent = text;
  node.classList.toggle("error", error);
}

// -- tabs ----------------------------------------------------------------------------------------

function showTab(name) {
  for (const button of document.querySelectorAll("#tabs button")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === name));
  }
  for (const view of document.querySelectorAll(".view")) view.hidden = view.id !== `view-${name}`;
  $("evidence").hidden = name === "system";  // the framed system page shows a tie's evidence itself, and needs the width
  if (name === "top" && !$("top-actors").childElementCount) loadTop();
  if (name === "network" && !$("network").childElementCount) loadNetwork();
  if (name === "system" && $("system-frame").hidden) loadSystem();
}

// -- events table ----------------------------------------------------------------------------------

function formFilters() {
  const data = new FormData($("filters"));
  const filters = {};
  for (const [key, value] of data.entries()) {
    const v = String(value).trim();
    if (v) filters[key] = v;
  }
  return filters;
}

function eventRow(row) {
  const g = Number(row.goldstein);
  const tr = el("tr", { "data-event": row.event_id, title: row.sentence || "" },
    el("td", { text: row.date || "—" }),
    el("td", { text: row.source, title: row.source_name || "" }),
    el("td", { text: row.target || "—", title: row.target_name || "" }),
    el("td", { text: row.cameo }),
    el("td", { text: row.name + (row.negated ? " (negated)" : "") + (row.modality !== "asserted" ? ` [${row.modality}]` : "") }),
    el("td", { class: `num ${g < 0 ? "neg" : g > 0 ? "pos" : ""}`, text: g.toFixed(1) }),
    el("td", { text: row.location || "" }));
  tr.addEventListener("click", () => {
    for (const other of document.querySelectorAll("tr.selected")) other.classList.remove("selected");
    tr.classList.add("selected");
    showEvidence(row.event_id);
  });
  return tr;
}

async function loadEvents() {
  const ticket = take("events");
  setStatus("events-status", "loading…");
  try {
    const page = await api("/api/events", { ...state.filters, limit: PAGE, offset: state.offset });
    if (stale("events", ticket)) return;
    state.total = page.total;
    const body = $("events-table").tBodies[0];
    body.replaceChildren(...page.rows.map(eventRow));
    const first = page.total ? state.offset + 1 : 0;
    setStatus("events-status", `${first}–${state.offset + page.rows.length} of ${page.total} events`);
    $("prev").disabled = state.offset === 0;
    $("next").disabled = state.offset + PAGE >= page.total;
  } catch (err) {
    if (stale("events", ticket)) return;
    $("events-table").tBodies[0].replaceChildren();
    setStatus("events-status", `Cannot show events: ${err.message}`, true);
  }
}

function applyFilters(filters) {
  state.filters = filters;
  state.offset = 0;
  loadEvents();
}

function filterByActor(code) {
  $("filters").reset();
  $("filter-actor").value = code;
  showTab("events");
  applyFilters(formFilters());
}

// -- system ----------------------------------------------------------------------------------------
// The page `detente system --format html` draws, served by the desk from its snapshot (/system) and shown in a
// frame; /api/system first says how many actors and ties there are, or why there are none.

async function loadSystem() {
  const ticket = take("system");
  await state.info;  // the default date is the latest event's
  if (!$("system-as-of").value && state.lastDate) $("system-as-of").value = state.lastDate;
  const params = { as_of: $("system-as-of").value, window: $("system-window").value.trim() || "90d",
    states: $("system-states").checked };
  const frame = $("system-frame");
  setStatus("system-status", "loading…");
  let view;
  try {
    if (!params.as_of) throw new Error("give a date (the store has no dated events)");
    view = await api("/api/system", params);
  } catch (err) {
    if (stale("system", ticket)) return;
    frame.hidden = true;
    setStatus("system-status", `Cannot show the system: ${err.message}`, true);
    return;
  }
  if (stale("system", ticket)) return;
  const query = new URLSearchParams({ as_of: params.as_of, window: params.window,
    frames: $("system-frames").value || "6", step: $("system-step").value.trim() || "15d" });
  if (params.states) query.set("states", "true");
  const ties = view.relations.filter((r) => r.source !== null).length;
  if (!view.actors.length) {
    setStatus("system-status", `No relations as of ${view.as_of} (window ${view.window}): the store has nothing ` +
      "between actors in that window. Try a later date or a longer window.");
  } else {
    setStatus("system-status", `${view.actors.length} actors, ${ties} ties as of ${view.as_of} (window ${view.window})`);
  }
  frame.src = `/system?${query}`;
  frame.hidden = false;
}

// -- evidence ----------------------------------------------------------------------------------------

function markedSentence(sentence, highlights) {
  const p = el("p", { class: "sentence", id: "evidence-sentence" });
  let at = 0;
  for (const h of highlights) {
    if (h.start < at) continue;
    p.append(sentence.slice(at, h.start));
    p.append(el("mark", { class: h.kind, title: h.kind, text: sentence.slice(h.start, h.end) }));
    at = h.end;
  }
  p.append(sentence.slice(at));
  return p;
}

async function showEvidence(eventId) {
  const ticket = take("evidence");
  const panel = $("evidence");
  panel.replaceChildren(el("h2", { text: "Evidence" }), el("p", { class: "hint", text: "loading…" }));
  let detail;
  try {
    detail = await api(`/api/events/${encodeURIComponent(eventId)}`);
  } catch (err) {
    if (stale("evidence", ticket)) return;
    panel.replaceChildren(el("h2", { text: "Evidence" }), el("p", { class: "status error", text: err.message }));
    return;
  }
  if (stale("evidence", ticket)) return;
  const e = detail.event;
  const ev = e.evidence || {};
  const target = e.target ? `${e.target.code} (${e.target.name})` : "—";
  const article = detail.article;
  const articleLine = article.link
    ? el("a", { href: article.link, target: "_blank", rel: "noopener noreferrer", id: "evidence-link",
      text: article.title || article.link })
    : el("span", { id: "evidence-link", text: article.title || article.article_id || "" });
  panel.replaceChildren(
    el("h2", { text: "Evidence" }),
    markedSentence(ev.sentence || "", detail.highlights),
    el("p", { class: "hint" }, el("mark", { class: "source", text: "source" }), " ",
      el("mark", { class: "target", text: "target" }), " ", el("mark", { class: "trigger", text: "trigger" })),
    el("dl", { class: "meta" },
      el("dt", { text: "who" }), el("dd", { text: `${e.source.code} (${e.source.name}) → ${target}` }),
      el("dt", { text: "what" }), el("dd", { text: `${e.cameo.code} ${e.cameo.name} · QuadClass ${e.cameo.quad_class} · Goldstein ${e.cameo.goldstein}` }),
      el("dt", { text: "PLOVER" }), el("dd", { text: `${e.plover.event_type}${e.plover.mode ? " / " + e.plover.mode : ""}` }),
      el("dt", { text: "when" }), el("dd", { id: "evidence-when", text: `${e.date || "undated"} (${e.date_precision})${dayBasis(detail)}` }),
      el("dt", { text: "where" }), el("dd", { text: e.location ? `${e.location.name} (${e.location.country || "?"})` : "—" }),
      el("dt", { text: "how" }), el("dd", { text: `${e.modality}${e.negated ? ", negated" : ""}${e.attributed_to ? ", according to " + e.attributed_to : ""}` }),
      el("dt", { text: "rule" }), el("dd", { text: `${ev.rule} ('${ev.trigger || ""}')` }),
      el("dt", { text: "article" }), el("dd", {}, articleLine,
        ` · ${article.source || ""} ${article.date || ""}`)));
}

// Where the day came from (the store's date_basis): the sentence's own words say nothing more than the date;
// a carried day names the sentence it was read in, the article's date says it is a fallback.
function dayBasis(detail) {
  if (detail.date_basis === "carried") return `, carried from sentence ${detail.date_from}`;
  if (detail.date_basis === "article") return ", the article's date";
  if (detail.date_basis === "own") return ", from its sentence";
  return "";
}

// -- dyad -------------------------------------------------------------------------------------------

function dyadChart(series) {
  const periods = series.periods;
  const width = 900, height = 300, left = 40, right = 40, top = 16, bottom = 40;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `events between ${series.a} and ${series.b} per ${series.by}` });
  if (!periods.length) return svg;
  const max = Math.max(1, ...periods.map((p) => Math.max(p.ab.events, p.ba.events)));
  const plotW = width - left - right, plotH = height - top - bottom;
  const slot = plotW / periods.length;
  const bar = Math.max(1, slot / 2 - 1);
  const y = (n) => top + plotH - (n / max) * plotH;
  const yg = (g) => top + plotH / 2 - (g / 10) * (plotH / 2);
  svg.append(el("svg:line", { class: "axis", x1: left, y1: top + plotH, x2: width - right, y2: top + plotH }));
  svg.append(el("svg:line", { class: "grid", x1: left, y1: yg(0), x2: width - right, y2: yg(0) }));
  svg.append(el("svg:text", { x: 2, y: top + 10, text: String(max) }));
  svg.append(el("svg:text", { x: 2, y: top + plotH, text: "0" }));
  svg.append(el("svg:text", { x: width - right + 4, y: top + 10, text: "+10" }));
  svg.append(el("svg:text", { x: width - right + 4, y: top + plotH, text: "−10" }));
  const every = Math.ceil(periods.length / 12);
  const means = { ab: [], ba: [] };
  periods.forEach((p, i) => {
    const x = left + i * slot;
    for (const [d, dx] of [["ab", 0], ["ba", bar + 1]]) {
      const n = p[d].events;
      const rect = el("svg:rect", { class: `bar bar-${d}`, x: x + dx, y: y(n), width: bar, height: top + plotH - y(n) });
      rect.append(el("svg:title", { text: `${p.period} ${series.directions[d]}: ${n} events, mean Goldstein ${p[d].goldstein_mean ?? "—"}` }));
      svg.append(rect);
      if (p[d].goldstein_mean !== null) means[d].push(`${x + slot / 2},${yg(p[d].goldstein_mean)}`);
    }
    if (i % every === 0) svg.append(el("svg:text", { x, y: height - bottom + 14, text: p.period }));
  });
  for (const d of ["ab", "ba"]) {
    if (means[d].length > 1) svg.append(el("svg:polyline", { class: `mean-${d}`, points: means[d].join(" ") }));
  }
  const legend = el("svg:g", { transform: `translate(${left + 8}, ${height - 12})` });
  legend.append(el("svg:rect", { class: "bar-ab", x: 0, y: -9, width: 10, height: 10 }),
    el("svg:text", { x: 14, y: 0, text: `${series.directions.ab} events` }),
    el("svg:rect", { class: "bar-ba", x: 170, y: -9, width: 10, height: 10 }),
    el("svg:text", { x: 184, y: 0, text: `${series.directions.ba} events` }),
    el("svg:text", { x: 350, y: 0, text: "lines: mean Goldstein (right axis)" }));
  svg.append(legend);
  return svg;
}

async function showDyad(a, b) {
  $("dyad-a").value = a;
  $("dyad-b").value = b;
  showTab("dyad");
  const params = { a, b, by: $("dyad-by").value, since: $("dyad-since").value, until: $("dyad-until").value };
  const ticket = take("dyad");
  setStatus("dyad-status", "loading…");
  try {
    const [series, events] = await Promise.all([api("/api/dyad", params),
      api("/api/dyad/events", { a, b, since: params.since, until: params.until, limit: 100 })]);
    if (stale("dyad", ticket)) return;
    $("dyad-chart").replaceChildren(dyadChart(series));
    const t = series.totals;
    $("dyad-totals").textContent = `${series.directions.ab}: ${t.ab.events} events (mean Goldstein ${t.ab.goldstein_mean ?? "—"}); ` +
      `${series.directions.ba}: ${t.ba.events} events (mean Goldstein ${t.ba.goldstein_mean ?? "—"})`;
    $("dyad-table").tBodies[0].replaceChildren(...events.map(eventRow));
    setStatus("dyad-status", `${series.periods.length} periods; the ${events.length} latest events below`);
    history.replaceState(null, "", `#dyad/${encodeURIComponent(series.a)}/${encodeURIComponent(series.b)}`);
  } catch (err) {
    if (stale("dyad", ticket)) return;
    $("dyad-chart").replaceChildren();
    setStatus("dyad-status", `Cannot show the dyad: ${err.message}`, true);
  }
}

// -- network ----------------------------------------------------------------------------------------

function layout(nodes, links, width, height) {
  // A small force-directed layout: repulsion between all actors, springs along edges, a pull to the centre.
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pos = nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    return { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) };
  });
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.6;
  for (let step = 0; step < 300; step++) {
    const force = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (k * k) / d2;
        force[i].x += dx * f; force[i].y += dy * f; force[j].x -= dx * f; force[j].y -= dy * f;
      }
    }
    for (const link of links) {
      const i = index.get(link.source), j = index.get(link.target);
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = d / k;
      force[i].x -= dx * f / d * 10; force[i].y -= dy * f / d * 10;
      force[j].x += dx * f / d * 10; force[j].y += dy * f / d * 10;
    }
    const heat = 20 * (1 - step / 300) + 0.5;
    pos.forEach((p, i) => {
      force[i].x += (width / 2 - p.x) * 0.05; force[i].y += (height / 2 - p.y) * 0.05;
      const m = Math.sqrt(force[i].x ** 2 + force[i].y ** 2) || 1;
      p.x = Math.min(width - 30, Math.max(30, p.x + (force[i].x / m) * Math.min(m, heat)));
      p.y = Math.min(height - 20, Math.max(20, p.y + (force[i].y / m) * Math.min(m, heat)));
    });
  }
  return pos;
}

async function loadNetwork() {
  const ticket = take("network");
  const params = { since: $("network-since").value, until: $("network-until").value, actor: $("network-actor").value.trim(),
    min_events: $("network-min").value, max_nodes: $("network-max").value };
  setStatus("network-status", "loading…");
  let graph;
  try {
    graph = await api("/api/network", params);
  } catch (err) {
    if (stale("network", ticket)) return;
    $("network").replaceChildren();
    setStatus("network-status", `Cannot draw the network: ${err.message}`, true);
    return;
  }
  if (stale("network", ticket)) return;
  const width = 900, height = 600;
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" });
  const pos = layout(graph.nodes, graph.links, width, height);
  const at = new Map(graph.nodes.map((n, i) => [n.id, pos[i]]));
  const maxEvents = Math.max(1, ...graph.links.map((l) => l.events));
  for (const link of graph.links) {
    const a = at.get(link.source), b = at.get(link.target);
    const line = el("svg:line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      class: link.cooperation >= link.conflict ? "coop" : "conf",
      "stroke-width": 1 + 5 * Math.sqrt(link.events / maxEvents), "data-dyad": `${link.source} ${link.target}`,
      onclick: () => showDyad(link.source, link.target) });
    line.append(el("svg:title", { text: `${link.source} → ${link.target}: ${link.events} events, ${link.cooperation} cooperative, ${link.conflict} conflictual` }));
    svg.append(line);
  }
  const maxNode = Math.max(1, ...graph.nodes.map((n) => n.events));
  const labels = [];
  for (const node of graph.nodes) {
    const p = at.get(node.id);
    const circle = el("svg:circle", { cx: p.x, cy: p.y, r: 4 + 16 * Math.sqrt(node.events / maxNode), "data-actor": node.id,
      onclick: () => filterByActor(node.id) });
    circle.append(el("svg:title", { text: `${node.id} ${node.name}: ${node.events} events, PageRank ${node.pagerank}` }));
    svg.append(circle);
    labels.push(el("svg:text", { class: "label", x: p.x + 8, y: p.y - 8, text: node.id }));
  }
  svg.append(...labels);
  $("network").replaceChildren(svg);
  setStatus("network-status", `${graph.nodes.length} actors, ${graph.links.length} edges`);
}

// -- top --------------------------------------------------------------------------------------------

async function loadTop() {
  try {
    const [actors, dyads, codes] = await Promise.all(["actors", "dyads", "codes"].map((kind) => api("/api/top", { kind, n: 15 })));
    $("top-actors").replaceChildren(...actors.map((r) => el("li", {},
      el("a", { "data-actor": r.code, text: r.code, onclick: () => filterByActor(r.code) }), ` ${r.name || ""} — ${r.events}`)));
    $("top-dyads").replaceChildren(...dyads.map((r) => el("li", {},
      el("a", { "data-dyad": `${r.actor_a} ${r.actor_b}`, text: `${r.actor_a} – ${r.actor_b}`,
        onclick: () => showDyad(r.actor_a, r.actor_b) }), ` — ${r.events} (${r.cooperation} coop., ${r.conflict} conflict)`)));
    $("top-codes").replaceChildren(...codes.map((r) => el("li", {},
      el("a", { text: r.code, onclick: () => { $("filters").reset(); $("filter-code").value = r.code; showTab("events"); applyFilters(formFilters()); } }),
      ` ${r.name} — ${r.events}`)));
  } catch (err) {
    $("top-actors").replaceChildren(el("li", { class: "status error", text: err.message }));
  }
}

// -- start ------------------------------------------------------------------------------------------

async function loadInfo() {
  try {
    const [summary, health] = await Promise.all([api("/api/summary"), api("/api/health")]);
    state.lastDate = summary.last_date;
    $("store-info").textContent = `${summary.events} events from ${summary.articles} articles, ` +
      `${summary.first_date || "?"} to ${summary.last_date || "?"} · snapshot ${health.snapshot_taken_at || "?"}`;
  } catch (err) {
    $("store-info").textContent = `store unavailable: ${err.message}`;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("#tabs button")) button.addEventListener("click", () => showTab(button.dataset.tab));
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); applyFilters(formFilters()); });
  $("filters").addEventListener("reset", () => setTimeout(() => applyFilters({}), 0));
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
  $("next").addEventListener("click", () => { state.offset += PAGE; loadEvents(); });
  $("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); showDyad($("dyad-a").value.trim(), $("dyad-b").value.trim()); });
  $("network-form").addEventListener("submit", (e) => { e.preventDefault(); loadNetwork(); });
  $("system-form").addEventListener("submit", (e) => { e.preventDefault(); loadSystem(); });
  state.info = loadInfo();
  const m = location.hash.match(/^#dyad\/([^/]+)\/([^/]+)$/);
  if (m) showDyad(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
  loadEvents();
});
