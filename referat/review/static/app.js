// referat review: the page shows the meeting record the server sends, and sends
// back every change as one edit. No framework, no network beyond this server.
"use strict";

// Messages in the user's language: the page carries the translations of every
// message marked with _ below (the server finds them in this file); English is the fallback.
const MESSAGES = JSON.parse(document.getElementById("messages")?.textContent || "{}");
const _ = (text) => MESSAGES[text] || text;
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? values[name] : all));

// The document's own words ([UDKAST], Indstilling, Beslutning, Opfølgning, Punkt)
// stay Danish whatever the language: the page shows the referat as it will read.
const T = {
  draft: "[UDKAST]",
  checked: _("Checked"),
  unassigned: _("Not assigned to an item"),
  noLines: _("(No lines under this item.)"),
  startsHere: _("Item starts here"),
  moveTo: _("Move the line to"),
  noItem: _("Not assigned"),
  speakerOf: _("The line is spoken by"),
  newSpeaker: _("New speaker…"),
  newSpeakerPrompt: _("Name of the new speaker (e.g. Taler 5):"),
  mergeInto: _("Merge with…"),
  mergePrompt: (label) => fill(_("Merge {label} with which speaker? Type e.g. Taler 2:"), { label }),
  participants: _("Participants"),
  absent: _("Absent"),
  talk: (time, turns) => fill(_("{time} talk time, {turns} turns"), { time, turns }),
  namePlaceholder: _("Name (choose a participant or type)"),
  saved: _("Saved."),
  saving: _("Saving…"),
  exported: _("The referat is made:"),
  making: _("Making the referat…"),
  stale: _("Changed in another window – the page now shows the latest version."),
  noAudio: _("No audio: "),
  edit: _("Correct the text (Enter saves, Esc cancels)"),
  machine: _("The machine's text: "),
  indstilling: "Indstilling",
  beslutning: "Beslutning",
  evidence: _("Based on:"),
  agendaDecision: _("(written in the agenda)"),
  speakerCount: _("Number of speakers"),
  findAgain: _("Sort the speakers again"),
  findingAgain: _("Sorting the speakers again…"),
  findAgainTitle: _("Sort the voices into this number of speakers. Names of speakers who remain are kept. Can be undone."),
  followups: "Opfølgning",
  who: _("Who"),
  what: _("What"),
  when: _("When"),
  addFollowup: _("+ Add follow-up"),
  removeFollowup: _("Remove"),
  unknown: _("Unknown"),
  serverError: (status) => fill(_("Server error ({status})."), { status }),
};

const token = (() => {
  const fromUrl = new URLSearchParams(location.search).get("token");
  if (fromUrl) {
    sessionStorage.setItem("referat-token", fromUrl);
    history.replaceState(null, "", location.pathname);  // the key stays out of the address bar
  }
  return sessionStorage.getItem("referat-token") || "";
})();

let state = null;
const sections = new Map();  // section key -> JSON it was drawn from
let lineOrder = [];           // [{id, start}] in time order, for the player
let current = null;           // id of the line being played
const $ = (sel, root = document) => root.querySelector(sel);
const player = () => $("#player");

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("data-")) node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

function nameOf(label) {
  if (!label) return T.unknown;
  const speaker = state.speakers.find((s) => s.label === label);
  return speaker && speaker.name ? speaker.name : label;
}

function status(text, error = false) {
  const node = $("#status");
  node.textContent = text;
  node.className = error ? "error" : "";
}

// --- talking to the server -------------------------------------------------------

async function call(action, body = {}) {
  const response = await fetch(`/api/${action}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Referat-Token": token },
    body: JSON.stringify({ revision: state.revision, ...body }),
  });
  const data = await response.json().catch(() => ({ error: T.serverError(response.status) }));
  if (response.status === 409) {
    status(T.stale, true);
    show(data.state);
    return null;
  }
  if (!response.ok) {
    status(data.error || T.serverError(response.status), true);
    return null;
  }
  show(data);
  return data;
}

async function edit(op) {
  status(T.saving);
  if (await call("edit", { op })) status(T.saved);
}

async function findSpeakers(count) {
  status(T.findingAgain);
  if (await call("speakers", { count })) status(T.saved);
}

async function load() {
  const response = await fetch("/api/state", { headers: { "X-Referat-Token": token } });
  if (!response.ok) {
    status(await response.text(), true);
    return;
  }
  show(await response.json());
  performance.mark("referat-ready");
  document.body.dataset.ready = "1";
}

// --- drawing ----------------------------------------------------------------------

function show(data) {
  state = data;
  draw("meeting", $("#meeting"), drawMeeting, data.meeting);
  draw("speakers", $("#speakers"), drawSpeakers,
    { speakers: data.speakers, participants: data.meeting.participants, voices: data.voices_kept });
  const items = $("#items");
  const names = data.speakers.map((s) => [s.label, s.name]);  // lines show names: redraw when one changes
  const keys = [];
  for (const item of data.items) keys.push([`item-${item.number}`, drawItem, { item, names }]);
  keys.push(["unassigned", drawUnassigned, { lines: data.unassigned, names }]);
  for (const [key, fn, input] of keys) {
    let holder = items.querySelector(`[data-key="${key}"]`);
    if (!holder) {
      holder = el("div", { "data-key": key });
      items.append(holder);
    }
    draw(key, holder, fn, input);
  }
  $("#undo").disabled = !data.can_undo;
  $("#redo").disabled = !data.can_redo;
  $("#export").disabled = !data.meeting.has_agenda;
  const downloads = $("#downloads");
  downloads.replaceChildren(...data.exports.map((name) => el("a", { href: `/download/${encodeURIComponent(name)}`, text: name, class: "download" })));
  lineOrder = [...data.items.flatMap((i) => i.lines), ...data.unassigned].sort((a, b) => a.start - b.start);
  const audio = player();
  if (data.audio.available && !audio.getAttribute("src")) audio.src = "/audio";
  $("#audio-note").textContent = data.audio.available ? data.audio.name : T.noAudio + data.audio.problem;
  $("#audio-note").className = data.audio.available ? "" : "error";
  highlight(true);
}

function draw(key, holder, fn, input) {
  const json = JSON.stringify(input);
  if (sections.get(key) === json) return;  // unchanged: keep the DOM (and the reader's place)
  sections.set(key, json);
  holder.replaceChildren(fn(input));
}

function drawMeeting(meeting) {
  const people = meeting.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(", ");
  const absent = meeting.absent.map((p) => p.name).join(", ");
  return el("div", {},
    el("h1", { text: meeting.forum }),
    el("p", { text: [meeting.date, meeting.place].filter(Boolean).join(" · ") }),
    people ? el("p", { class: "participants", text: `${T.participants}: ${people}` }) : null,
    absent ? el("p", { text: `${T.absent}: ${absent}` }) : null);
}

function drawSpeakers({ speakers, participants, voices }) {
  const box = el("div");
  if (voices) {
    const count = el("input", { type: "number", id: "speaker-count", min: 1, max: 30, value: speakers.length || 2 });
    const again = el("button", { type: "button", id: "find-again", text: T.findAgain, title: T.findAgainTitle });
    again.addEventListener("click", () => findSpeakers(Number(count.value)));
    box.append(el("div", { class: "recount" }, el("label", { text: `${T.speakerCount} ` }, count), again));
  }
  const options = el("datalist", { id: "participant-names" },
    ...participants.map((p) => el("option", { value: p.name })));
  box.append(options);
  for (const s of speakers) {
    const input = el("input", { class: "name", value: s.name, placeholder: T.namePlaceholder });
    input.setAttribute("list", "participant-names");
    input.addEventListener("change", () => edit({ op: "rename_speaker", label: s.label, name: input.value }));
    const merge = el("button", { type: "button", class: "merge", text: T.mergeInto });
    merge.addEventListener("click", (e) => { e.stopPropagation(); openMergeMenu(merge, s.label); });
    box.append(el("div", { class: "speaker", "data-label": s.label },
      el("div", { class: "label", text: s.label }), input,
      el("div", { class: "meta", text: T.talk(s.talk_time, s.turns) }),
      ...s.quotes.map((q) => quote(q.start, `[${clock(q.start)}] ${q.text}`)),
      merge));
  }
  return box;
}

function quote(start, text) {
  const node = el("blockquote", { text, "data-start": start });
  node.addEventListener("click", () => play(start));
  return node;
}

function drawItem({ item }) {
  const d = item.decision;
  const box = el("article", { class: "item", "data-number": item.number });
  box.append(el("h2", { text: `Punkt ${item.number}: ${item.title}` }));
  if (item.case) box.append(el("div", { class: "case", text: item.case }));
  if (item.indstilling) box.append(el("div", { class: "indstilling", text: `${T.indstilling}: ${item.indstilling}` }));
  const decision = el("div", { class: `decision${d.checked || d.written ? " checked" : ""}` });
  const mark = d.written ? T.agendaDecision : d.checked ? `✓ ${T.checked}` : T.draft;
  decision.append(el("div", {}, el("strong", { text: `${T.beslutning} ` }), el("span", { class: "mark", text: mark })));
  const text = el("textarea", { value: d.text, disabled: d.written, "data-item": item.number });
  text.addEventListener("change", () => edit({ op: "edit_decision", item: item.number, text: text.value }));
  decision.append(text);
  if (!d.written) {
    const check = el("input", { type: "checkbox", checked: d.checked, class: "check" });
    check.addEventListener("change", () => edit({ op: "check_decision", item: item.number, checked: check.checked }));
    decision.append(el("label", {}, check, ` ${T.checked}`));
  }
  if (d.evidence.length) {
    decision.append(el("div", { class: "evidence-head", text: T.evidence }));
    for (const e of d.evidence) {
      const node = el("div", { class: "evidence", "data-start": e.start, text: `[${clock(e.start)}] ${nameOf(e.speaker)}: ${e.text}` });
      node.addEventListener("click", () => play(e.start));
      decision.append(node);
    }
  }
  decision.append(drawFollowups(item.number, d));
  box.append(decision, drawLines(item.lines));
  return box;
}

// Follow-ups under the Beslutning: who / what / when, editable; every change saves the whole list.
function drawFollowups(number, d) {
  const box = el("div", { class: "followups", "data-item": number });
  const draft = !d.followups_edited && !d.checked && d.followups.length;
  box.append(el("div", {}, el("strong", { text: `${T.followups} ` }),
    draft ? el("span", { class: "mark", text: T.draft }) : null));
  const rows = d.followups.map((f) => ({ who: f.who, what: f.what, when: f.when }));
  const save = () => edit({ op: "edit_followups", item: number, followups: rows.filter((r) => r.what.trim()) });
  rows.forEach((row, k) => {
    const inputs = ["who", "what", "when"].map((key) => {
      const input = el("input", { class: `followup-${key}`, value: row[key], placeholder: T[key] });
      input.addEventListener("change", () => { row[key] = input.value; save(); });
      return input;
    });
    const remove = el("button", { type: "button", class: "remove", text: T.removeFollowup });
    remove.addEventListener("click", () => { rows.splice(k, 1); save(); });
    const line = el("div", { class: "followup" }, ...inputs, remove);
    const heard = d.followups[k].heard;
    if (heard) {
      const quoteNode = el("div", { class: "evidence", "data-start": heard.start, text: `[${clock(heard.start)}] ${heard.text}` });
      quoteNode.addEventListener("click", () => play(heard.start));
      line.append(quoteNode);
    }
    box.append(line);
  });
  const add = el("button", { type: "button", class: "add-followup", text: T.addFollowup });
  add.addEventListener("click", () => {
    const what = prompt(`${T.what}?`);
    if (what) { rows.push({ who: "", what, when: "" }); save(); }
  });
  box.append(add);
  return box;
}

function drawUnassigned({ lines }) {
  const box = el("article", { class: "unassigned" });
  box.append(el("h2", { text: T.unassigned }), drawLines(lines));
  return box;
}

function drawLines(lines) {
  const box = el("div", { class: "lines" });
  if (!lines.length) box.append(el("div", { class: "empty", text: T.noLines }));
  for (const line of lines) box.append(drawLine(line));
  return box;
}

function drawLine(line) {
  const row = el("div", { class: "line", "data-id": line.id, "data-start": line.start });
  const who = el("span", { class: "who", text: nameOf(line.speaker), title: line.speaker || "" });
  const text = el("span", { class: `text${line.machine !== null ? " corrected" : ""}`, text: line.text });
  if (line.machine !== null) text.title = T.machine + line.machine;
  const more = el("button", { type: "button", class: "more", text: "⋯", title: T.startsHere });
  row.append(el("span", { class: "time", text: clock(line.start) }), who, text, more);
  row.addEventListener("click", (e) => {
    if (e.target === who) openSpeakerMenu(who, line);
    else if (e.target === more) openItemMenu(more, line);
    else if (text.isContentEditable) return;
    else play(line.start, line.id);
  });
  text.addEventListener("dblclick", (e) => { e.stopPropagation(); startEditing(text, line); });
  return row;
}

function startEditing(node, line) {
  node.contentEditable = "true";
  node.title = T.edit;
  node.focus();
  const done = (save) => {
    node.contentEditable = "false";
    if (save && node.textContent.trim() !== line.text) edit({ op: "correct_text", line: line.id, text: node.textContent });
    else node.textContent = line.text;
  };
  node.addEventListener("keydown", (e) => {
    if (e.key === "Enter") { e.preventDefault(); done(true); node.blur(); }
    if (e.key === "Escape") { e.preventDefault(); done(false); node.blur(); }
  });
  node.addEventListener("blur", () => { if (node.isContentEditable) done(true); }, { once: true });
}

// --- menus ------------------------------------------------------------------------

function openMenu(anchor, ...content) {
  const menu = $("#menu");
  menu.replaceChildren(...content);
  const box = anchor.getBoundingClientRect();
  menu.style.left = `${box.left + window.scrollX}px`;
  menu.style.top = `${box.bottom + window.scrollY + 2}px`;
  menu.hidden = false;
}

function choice(text, action) {
  const button = el("button", { type: "button", text });
  button.addEventListener("click", () => { $("#menu").hidden = true; action(); });
  return button;
}

function openSpeakerMenu(anchor, line) {
  openMenu(anchor, el("h3", { text: T.speakerOf }),
    ...state.speakers.filter((s) => s.label !== line.speaker).map((s) =>
      choice(s.name ? `${s.name} (${s.label})` : s.label, () => edit({ op: "reassign_line", line: line.id, speaker: s.label }))),
    choice(T.newSpeaker, () => {
      const label = prompt(T.newSpeakerPrompt, `Taler ${state.speakers.length + 1}`);
      if (label) edit({ op: "reassign_line", line: line.id, speaker: label });
    }));
}

function openMergeMenu(anchor, label) {
  openMenu(anchor, el("h3", { text: T.mergeInto }),
    ...state.speakers.filter((s) => s.label !== label).map((s) =>
      choice(s.name ? `${s.name} (${s.label})` : s.label, () => edit({ op: "merge_speakers", source: label, target: s.label }))));
}

function openItemMenu(anchor, line) {
  const items = state.items.map((i) => [i.number, `Punkt ${i.number}: ${i.title}`]);
  openMenu(anchor, el("h3", { text: T.startsHere }),
    ...items.map(([n, title]) => choice(title, () => edit({ op: "item_starts_here", line: line.id, item: n }))),
    el("h3", { text: T.moveTo }),
    ...items.map(([n, title]) => choice(title, () => edit({ op: "move_lines", lines: [line.id], item: n }))),
    choice(T.noItem, () => edit({ op: "move_lines", lines: [line.id], item: null })));
}

document.addEventListener("click", (e) => {
  const menu = $("#menu");
  if (!menu.hidden && !menu.contains(e.target) && !e.target.closest(".who, .more, .merge")) menu.hidden = true;
});

// --- listening --------------------------------------------------------------------

function play(start, id = null) {
  const audio = player();
  if (!state.audio.available) return;
  audio.currentTime = start;
  audio.play().catch(() => {});
  current = id;
  highlight(true);
}

function lineAt(t) {
  let lo = 0, hi = lineOrder.length - 1, found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lineOrder[mid].start <= t + 0.05) { found = lineOrder[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function highlight(force = false) {
  const line = lineAt(player().currentTime || 0);
  const id = line ? line.id : null;
  if (id === current && !force) return;
  current = id;
  for (const node of document.querySelectorAll(".line.playing")) node.classList.remove("playing");
  if (id === null) return;
  const row = document.querySelector(`.line[data-id="${id}"]`);
  if (row) {
    row.classList.add("playing");
    if (!player().paused) row.scrollIntoView({ block: "nearest" });
  }
}

function step(delta) {
  const t = player().currentTime || 0;
  const now = lineAt(t);
  let index = now ? lineOrder.indexOf(now) + delta : 0;
  index = Math.max(0, Math.min(lineOrder.length - 1, index));
  if (lineOrder[index]) play(lineOrder[index].start, lineOrder[index].id);
}

function typing(target) {
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && !typing(e.target)) {
    if (e.key === "z" && !e.shiftKey) { e.preventDefault(); call("undo"); }
    if (e.key === "y" || (e.key === "z" && e.shiftKey)) { e.preventDefault(); call("redo"); }
    return;
  }
  if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
  const audio = player();
  if (e.key === " ") { e.preventDefault(); audio.paused ? audio.play().catch(() => {}) : audio.pause(); }
  else if (e.key === "ArrowDown" || e.key === "j") { e.preventDefault(); step(1); }
  else if (e.key === "ArrowUp" || e.key === "k") { e.preventDefault(); step(-1); }
  else if (e.key === "r") { audio.currentTime = Math.max(0, audio.currentTime - 5); }
});

window.addEventListener("DOMContentLoaded", () => {
  player().addEventListener("timeupdate", () => highlight());
  $("#undo").addEventListener("click", () => call("undo"));
  $("#redo").addEventListener("click", () => call("redo"));
  $("#export").addEventListener("click", async () => {
    status(T.making);
    const data = await call("export", { public: $("#public").checked });
    if (data) status(`${T.exported} ${data.exports.join(", ")}`);
  });
  load();
});
