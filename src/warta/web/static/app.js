// warta web UI: plain JavaScript over the JSON API (no build step).
"use strict";

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
let page = 0;
const PAGE = 20;

async function getJSON(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ? JSON.stringify(body.detail) : response.statusText);
  return body;
}

function show(view) {
  document.querySelectorAll(".view").forEach((el) => el.classList.toggle("active", el.id === `view-${view}`));
  document.querySelectorAll("nav button").forEach((el) => el.classList.toggle("active", el.dataset.view === view));
  if (view === "documents") loadDocuments();
  if (view === "stats") loadStats();
  if (view === "entities") loadEntities();
  if (view === "quotes") loadQuotes();
  if (view === "stories") loadStories();
}

function docLink(id, title) {
  return `<a href="#doc/${encodeURIComponent(id)}" data-id="${esc(id)}">${esc(title || id)}</a>`;
}

// FTS snippets mark hits with <b>…</b>: escape everything else.
function snippetHTML(snippet) {
  return esc(snippet).replaceAll("&lt;b&gt;", "<b>").replaceAll("&lt;/b&gt;", "</b>");
}

async function runSearch(query) {
  $("#search-status").textContent = "mencari…";
  try {
    const hits = await getJSON(`/api/search?q=${encodeURIComponent(query)}&limit=50`);
    $("#search-status").textContent = `${hits.length} hasil untuk “${query}”`;
    $("#search-results").innerHTML = hits.map((h) => `<li>${docLink(h.id, h.title)}
      <div class="meta">${esc(h.published || "")} ${esc(h.url || "")}</div>
      <div class="snippet">${snippetHTML(h.snippet)}</div></li>`).join("");
  } catch (err) {
    $("#search-status").textContent = `galat: ${err.message}`;
  }
}

async function loadDocuments() {
  const docs = await getJSON(`/api/documents?limit=${PAGE}&offset=${page * PAGE}`);
  $("#document-list").innerHTML = docs.map((d) => `<li>${docLink(d.id, d.title)}
    <div class="meta"><span class="badge ${esc(d.status)}">${esc(d.status)}</span>${esc(d.language || "")} ${esc(d.published || "")} ${d.reason ? esc(d.reason) : ""}</div></li>`).join("")
    || "<li class='muted'>Belum ada dokumen.</li>";
}

async function loadStats() {
  const s = await getJSON("/api/stats");
  const rows = (obj) => Object.entries(obj || {}).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join("");
  $("#stats").innerHTML = `<h3>Dokumen</h3><table>${rows(s.documents)}</table>
    <h3>Bagian yang dibuang</h3><table>${rows(s.removed)}</table>`;
}

async function loadEntities() {
  const type = $("#entity-type").value;
  const rows = await getJSON(`/api/entities?limit=100${type ? `&type=${type}` : ""}`);
  $("#entity-table").innerHTML = `<tr><th>nama</th><th>jenis</th><th>sebutan</th><th>dokumen</th></tr>` +
    rows.map((e) => `<tr><td><a href="#" data-entity="${esc(e.name)}">${esc(e.name)}</a></td><td>${esc(e.type)}</td><td>${esc(e.mentions)}</td><td>${esc(e.documents)}</td></tr>`).join("");
}

async function openEntity(name) {
  const e = await getJSON(`/api/entities/${encodeURIComponent(name)}`);
  $("#entity-detail").innerHTML = `<h3>${esc(e.name)} <span class="badge">${esc(e.type)}</span></h3>
    <p class="meta">alias: ${esc((e.aliases || []).join(", "))}</p>
    <ol class="results">${(e.documents || []).map((d) => `<li>${docLink(d.doc_id)} <span class="meta">${esc(d.mentions)}×</span></li>`).join("")}</ol>`;
}

function quoteHTML(q) {
  return `<blockquote>${esc(q.text)}<div class="meta">— ${esc(q.speaker || "?")}${q.role ? `, ${esc(q.role)}` : ""} <span class="badge">${esc(q.kind)}</span>${q.doc_id ? docLink(q.doc_id, "dokumen") : ""}</div></blockquote>`;
}

async function loadQuotes() {
  const speaker = $("#quote-speaker").value.trim();
  const rows = await getJSON(`/api/quotes?limit=200${speaker ? `&speaker=${encodeURIComponent(speaker)}` : ""}`);
  $("#quote-list").innerHTML = rows.map(quoteHTML).join("") || "<p class='muted'>Tidak ada kutipan.</p>";
}

async function loadStories() {
  const [stories, groups] = await Promise.all([getJSON("/api/stories?min_size=2"), getJSON("/api/groups")]);
  $("#story-list").innerHTML = stories.map((s) => `<div class="story"><b>${esc(s.label)}</b>
    <div class="meta">${esc(s.start || "?")} – ${esc(s.end || "?")} · ${s.members.length} artikel</div>
    <ol class="results">${s.members.map((m) => `<li>${docLink(m, s.titles[m])}</li>`).join("")}</ol></div>`).join("")
    || "<p class='muted'>Belum ada cerita dengan lebih dari satu artikel.</p>";
  $("#group-list").innerHTML = groups.map((g) => `<div class="group"><b>${docLink(g.canonical, g.title)}</b>
    <div class="meta">${g.size} salinan · ${esc(g.id)}</div>
    <ol class="results">${g.duplicates.map((d) => `<li>${docLink(d, g.titles[d])}</li>`).join("")}</ol></div>`).join("")
    || "<p class='muted'>Tidak ada salinan.</p>";
}

function highlightEntities(text, entities) {
  const spans = (entities || []).slice().sort((a, b) => a.start - b.start);
  let out = "", cursor = 0;
  for (const e of spans) {
    if (e.start < cursor) continue;
    out += esc(text.slice(cursor, e.start));
    out += `<span class="ent-${esc(e.label)}" title="${esc(e.label)}: ${esc(e.canonical)}">${esc(text.slice(e.start, e.end))}</span>`;
    cursor = e.end;
  }
  out += esc(text.slice(cursor));
  return out.split(/\n\s*\n/).map((p) => `<p>${p}</p>`).join("");
}

function renderRecord(r) {
  const table = (items, cols) => items && items.length
    ? `<table><tr>${cols.map((c) => `<th>${c}</th>`).join("")}</tr>${items.map((i) => `<tr>${cols.map((c) => `<td>${esc(i[c])}</td>`).join("")}</tr>`).join("")}</table>` : "<p class='muted'>—</p>";
  const quotes = (r.quotes || []).map(quoteHTML).join("") || "<p class='muted'>—</p>";
  return `<h2>${esc(r.title || r.id)}</h2>
    <div class="meta"><span class="badge ${esc(r.status)}">${esc(r.status)}</span>${esc(r.language || "")} · ${esc(r.published || "tanpa tanggal")} · ${esc(r.source || "")} ${r.url ? `· <a href="${esc(r.url)}">${esc(r.url)}</a>` : ""}
    ${r.group ? `· grup ${esc(r.group)}` : ""} ${r.duplicate_of ? `· salinan dari ${docLink(r.duplicate_of)}` : ""} ${r.story ? `· cerita ${esc(r.story)}` : ""}</div>
    ${r.reason ? `<p class="meta">alasan: ${esc(r.reason)}</p>` : ""}
    ${r.summary ? `<h3>Ringkasan</h3><div class="summary">${esc(r.summary)}</div>` : ""}
    <h3>Teks bersih</h3><div class="body">${highlightEntities(r.text || "", r.entities)}</div>
    <h3>Kutipan</h3>${quotes}
    <h3>Entitas</h3>${table(r.entities, ["text", "label", "canonical"])}
    <h3>Angka</h3>${table(r.quantities, ["text", "value", "unit", "counts", "approx"])}
    <h3>Tanggal</h3>${table(r.dates, ["text", "value"])}
    <h3>Dibuang</h3>${table((r.removed || []).map((s) => ({ ...s, reason: s.reason })), ["line", "reason", "text"])}`;
}

async function openDocument(id) {
  show("document");
  try {
    const record = await getJSON(`/api/documents/${encodeURIComponent(id)}`);
    $("#document").innerHTML = renderRecord(record);
  } catch (err) {
    $("#document").innerHTML = `<p class="muted">galat: ${esc(err.message)}</p>`;
  }
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-id]");
  if (link) { event.preventDefault(); location.hash = `doc/${encodeURIComponent(link.dataset.id)}`; }
  const ent = event.target.closest("a[data-entity]");
  if (ent) { event.preventDefault(); openEntity(ent.dataset.entity); }
  const tab = event.target.closest("nav button");
  if (tab) { location.hash = tab.dataset.view; }
});

$("#search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = `search/${encodeURIComponent($("#search-input").value)}`;
});
$("#analyze-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("#analyze-result").innerHTML = "<p class='muted'>menganalisis…</p>";
  try {
    const record = await getJSON("/api/analyze", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: $("#analyze-text").value, title: $("#analyze-title").value || null, published: $("#analyze-published").value || null }),
    });
    $("#analyze-result").innerHTML = renderRecord(record);
  } catch (err) {
    $("#analyze-result").innerHTML = `<p class="muted">galat: ${esc(err.message)}</p>`;
  }
});
$("#entity-form").addEventListener("submit", (event) => { event.preventDefault(); loadEntities(); });
$("#quote-form").addEventListener("submit", (event) => { event.preventDefault(); loadQuotes(); });
$("#prev-page").addEventListener("click", () => { page = Math.max(0, page - 1); loadDocuments(); });
$("#next-page").addEventListener("click", () => { page += 1; loadDocuments(); });
$("#back").addEventListener("click", () => history.back());

function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith("doc/")) return openDocument(hash.slice(4));
  if (hash.startsWith("search/")) { const q = hash.slice(7); $("#search-input").value = q; show("search"); return runSearch(q); }
  show(["search", "documents", "entities", "quotes", "stories", "analyze", "stats"].includes(hash) ? hash : "search");
}
window.addEventListener("hashchange", route);
route();
