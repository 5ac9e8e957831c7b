// The student's page: the evidence edited in a form, checked live by the
// server (same messages as `siofill check`), kept in the browser's storage.
"use strict";

const STORAGE_KEY = "siofill.dossier.v1";
const REQUIRED = new Set(["/candidat/nom", "/candidat/prenom", "/candidat/numero"]);
const $ = (sel) => document.querySelector(sel);
const el = siofill.el;

let evidence = null;
let referentiel = null;
let checkTimer = null;
let checkSerial = 0;

function blankEvidence() {
  return {
    format: "siofill-evidence/1",
    candidat: { nom: "", prenom: "", numero: "", option: "SISR", session: new Date().getFullYear() },
    realisations: [],
  };
}

// --- JSON pointers -------------------------------------------------------
function parts(pointer) {
  return pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function getAt(obj, pointer) {
  let o = obj;
  for (const p of parts(pointer)) {
    if (o === null || typeof o !== "object") return undefined;
    o = o[p];
  }
  return o;
}
function setAt(obj, pointer, value) {
  const ps = parts(pointer);
  let o = obj;
  for (const p of ps.slice(0, -1)) {
    if (typeof o[p] !== "object" || o[p] === null) o[p] = {};
    o = o[p];
  }
  const last = ps[ps.length - 1];
  if (value === undefined) delete o[last];
  else o[last] = value;
}

// --- storage ---------------------------------------------------------------
function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(evidence));
  } catch (e) {
    showDownloadError("Le navigateur refuse de garder le dossier (stockage plein ?) : enregistrez le fichier de preuves.");
  }
}
function restore() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved) return JSON.parse(saved);
  } catch (e) { /* a damaged copy: start blank */ }
  return null;
}
function changed() {
  save();
  scheduleCheck();
}

// --- référentiel -------------------------------------------------------------
function visibleBlocs() {
  const option = evidence.candidat && evidence.candidat.option;
  return referentiel.blocs.filter((b) => !b.option || b.option === option);
}
function findCompetence(code) {
  for (const b of visibleBlocs())
    for (const c of b.competences) {
      if (c.id === code) return { bloc: b, competence: c, label: c.intitule };
      for (const s of c.sous_competences) if (s.id === code) return { bloc: b, competence: c, label: s.intitule };
    }
  return null;
}
function competenceSelect(select, value) {
  select.replaceChildren(el("option", { value: "", text: "— choisir une compétence —" }));
  let found = value === "" || value === undefined;
  for (const b of visibleBlocs()) {
    const group = el("optgroup", { label: b.id + " — " + b.intitule });
    for (const c of b.competences) {
      group.append(el("option", { value: c.id, text: c.id + " " + c.intitule }));
      for (const s of c.sous_competences) group.append(el("option", { value: s.id, text: "\u00a0\u00a0\u00a0" + s.id + " " + s.intitule }));
      found = found || c.id === value || c.sous_competences.some((s) => s.id === value);
    }
    select.append(group);
  }
  if (!found) select.append(el("option", { value, text: value + " (hors référentiel de l’option)" }));
  select.value = value || "";
}

// --- the form ------------------------------------------------------------------
function fieldValue(input) {
  if (input.dataset.type === "lines") return input.value.split("\n").map((s) => s.trim()).filter((s) => s);
  if (input.dataset.type === "integer") return /^\d+$/.test(input.value) ? Number(input.value) : input.value;
  return input.value;
}
function showValue(input, value) {
  if (input.dataset.type === "lines") input.value = Array.isArray(value) ? value.join("\n") : "";
  else input.value = value === undefined || value === null ? "" : String(value);
}

function renderCandidat() {
  for (const input of document.querySelectorAll("#candidat [data-pointer]")) showValue(input, getAt(evidence, input.dataset.pointer));
}

function renderIndicateurs(box, pointer, activite) {
  box.replaceChildren();
  const found = activite.competence ? findCompetence(activite.competence) : null;
  if (!found || !found.competence.indicateurs.length) return;
  const chosen = new Set(activite.indicateurs || []);
  // Folded: a long list under each of 50 activities would bury the form.
  const details = el("details", { open: chosen.size > 0 },
    el("summary", { class: "petit-titre", text: "Indicateurs de performance atteints (" + chosen.size + "/" + found.competence.indicateurs.length + ")" }));
  for (const ind of found.competence.indicateurs) {
    const box1 = el("input", { type: "checkbox", checked: chosen.has(ind.id) });
    box1.dataset.indicateur = ind.id;
    box1.dataset.pointer = pointer + "/indicateurs";
    details.append(el("label", { class: "indicateur" }, box1, " " + ind.id + " — " + ind.texte));
  }
  box.append(details);
}

function renderActivite(list, i, j) {
  const a = evidence.realisations[i].activites[j];
  const node = $("#modele-activite").content.firstElementChild.cloneNode(true);
  const base = "/realisations/" + i + "/activites/" + j;
  node.dataset.pointer = base;
  node.dataset.index = j;
  for (const input of node.querySelectorAll("[data-field]")) {
    input.dataset.pointer = base + "/" + input.dataset.field;
    if (input.dataset.field === "competence") competenceSelect(input, a.competence);
    else showValue(input, a[input.dataset.field]);
  }
  renderIndicateurs(node.querySelector(".indicateurs"), base, a);
  list.append(node);
}

function renderRealisations() {
  const box = $("#realisations");
  box.replaceChildren();
  evidence.realisations = Array.isArray(evidence.realisations) ? evidence.realisations : [];
  evidence.realisations.forEach((r, i) => {
    const node = $("#modele-realisation").content.firstElementChild.cloneNode(true);
    const base = "/realisations/" + i;
    node.dataset.pointer = base;
    node.dataset.index = i;
    node.querySelector("legend").textContent = (r.id || "R" + (i + 1)) + " — " + (r.intitule || "sans intitulé");
    for (const input of node.querySelectorAll("[data-field]")) {
      input.dataset.pointer = base + "/" + input.dataset.field;
      showValue(input, r[input.dataset.field]);
    }
    const list = node.querySelector(".activites");
    (r.activites = Array.isArray(r.activites) ? r.activites : []).forEach((_, j) => renderActivite(list, i, j));
    box.append(node);
  });
}

function renderLacunes() {
  const list = $("#lacunes");
  list.replaceChildren();
  (evidence.lacunes || []).forEach((l, k) => {
    const found = findCompetence(l.competence);
    const remove = el("button", { type: "button", class: "danger petit", text: "Retirer" });
    remove.dataset.action = "retirer-lacune";
    remove.dataset.index = k;
    const li = el("li", {}, el("span", { text: l.competence + (found ? " — " + found.label : "") + (l.note ? " (" + l.note + ")" : "") }), remove);
    li.dataset.pointer = "/lacunes/" + k;
    list.append(li);
  });
  if (!list.children.length) list.append(el("li", { class: "aide", text: "Aucune." }));
}

function renderAll() {
  if (!evidence.candidat || typeof evidence.candidat !== "object") evidence.candidat = {};
  renderCandidat();
  renderRealisations();
  renderLacunes();
}

function onInput(event) {
  const input = event.target;
  const pointer = input.dataset.pointer;
  if (!pointer) return;
  if (input.dataset.indicateur) {
    const a = getAt(evidence, pointer.replace(/\/indicateurs$/, ""));
    const set = new Set(a.indicateurs || []);
    if (input.checked) set.add(input.dataset.indicateur);
    else set.delete(input.dataset.indicateur);
    a.indicateurs = [...set].sort();
    const summary = input.closest("details").querySelector("summary");
    summary.textContent = summary.textContent.replace(/\(\d+\//, "(" + a.indicateurs.length + "/");
    if (!a.indicateurs.length) delete a.indicateurs;
    return changed();
  }
  let value = fieldValue(input);
  const keep = REQUIRED.has(pointer) || /\/(id|intitule)$/.test(pointer);
  if ((value === "" || (Array.isArray(value) && !value.length)) && !keep) value = undefined;
  setAt(evidence, pointer, value);
  if (input.dataset.field === "competence") {
    const a = getAt(evidence, pointer.replace(/\/competence$/, ""));
    delete a.indicateurs;  // those of the former compétence mean nothing here
    renderIndicateurs(input.closest(".activite").querySelector(".indicateurs"), pointer.replace(/\/competence$/, ""), a);
  }
  if (pointer === "/candidat/option") renderRealisations();
  if (/^\/realisations\/\d+\/(id|intitule)$/.test(pointer)) {
    const r = getAt(evidence, pointer.replace(/\/[a-z]+$/, ""));
    input.closest(".realisation").querySelector("legend").textContent = (r.id || "?") + " — " + (r.intitule || "sans intitulé");
  }
  changed();
}

function onClick(event) {
  const button = event.target.closest("button[data-action]");
  if (!button) return;
  const action = button.dataset.action;
  const real = button.closest(".realisation");
  const i = real ? Number(real.dataset.index) : -1;
  if (action === "ajouter-activite") {
    evidence.realisations[i].activites.push({ competence: "" });
    renderRealisations();
    const items = document.querySelectorAll(`.realisation[data-index="${i}"] .activite select`);
    items[items.length - 1].focus();
  } else if (action === "supprimer-activite") {
    evidence.realisations[i].activites.splice(Number(button.closest(".activite").dataset.index), 1);
    renderRealisations();
  } else if (action === "supprimer-realisation") {
    const r = evidence.realisations[i];
    if (r.activites.length && !confirm("Supprimer la réalisation « " + (r.intitule || r.id) + " » et ses " + r.activites.length + " activités ?")) return;
    evidence.realisations.splice(i, 1);
    renderRealisations();
  } else if (action === "retirer-lacune") {
    evidence.lacunes.splice(Number(button.dataset.index), 1);
    if (!evidence.lacunes.length) delete evidence.lacunes;
    renderLacunes();
  }
  changed();
}

function addRealisation() {
  const used = new Set(evidence.realisations.map((r) => r.id));
  let n = evidence.realisations.length + 1;
  while (used.has("R" + n)) n++;
  evidence.realisations.push({ id: "R" + n, intitule: "", activites: [] });
  renderRealisations();
  changed();
  document.querySelector(`.realisation[data-index="${evidence.realisations.length - 1}"] [data-field="intitule"]`).focus();
}

// --- live check and coverage -----------------------------------------------------
function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(runCheck, 300);
}

// "cadre-absent" on /realisations/0 is about the field /realisations/0/cadre.
function fieldOfCode(code) {
  const m = /^([a-z]+)-(absente?|incomplete|invalide)$/.exec(code || "");
  if (!m) return null;
  return m[1] === "periode" ? "debut" : m[1];
}

function goTo(pointer, code) {
  const tries = [];
  const field = fieldOfCode(code);
  if (field) tries.push(pointer + "/" + field);
  for (let p = pointer; p; p = p.replace(/\/[^/]*$/, "")) tries.push(p);
  for (const p of tries) {
    const target = document.querySelector(`[data-pointer="${CSS.escape(p)}"]`);
    if (!target) continue;
    const focusable = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea");
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    const shown = focusable || target;
    if (focusable) focusable.focus({ preventScroll: true });
    shown.classList.remove("eclair");
    void shown.offsetWidth;
    shown.classList.add("eclair");
    return;
  }
}

function showMessages(items) {
  const list = $("#messages");
  list.replaceChildren();
  for (const m of items) {
    const li = el("li", { class: m.kind, tabIndex: 0, title: m.pointer ? "Aller au champ " + m.pointer : "" },
      el("span", { class: "icone", text: m.kind === "warning" ? "!" : "✗" }), el("span", { text: m.message }));
    li.dataset.pointer = m.pointer || "";
    li.dataset.code = m.code || "";
    list.append(li);
  }
  if (!items.length) list.append(el("li", { class: "ok", text: "Aucun message : le dossier est complet." }));
}

function setStatus(status) {
  const s = $("#statut");
  s.dataset.status = status;
  s.textContent = siofill.statusLabel[status] || status;
}

function blocsToShow() {
  const ids = new Set(["B1"]);
  for (const r of evidence.realisations || []) for (const a of r.activites || []) if (/^B[23]/.test(a.competence || "")) ids.add(a.competence.slice(0, 2));
  return [...ids].sort();
}

function showCoverage(results) {
  const box = $("#couverture");
  box.replaceChildren();
  for (const cov of results) {
    const missing = cov.competences.filter((c) => !c.covered);
    const section = el("div", { class: "bloc" },
      el("h3", { text: cov.bloc.id + (cov.bloc.epreuve ? " (" + cov.bloc.epreuve + ")" : "") + " — " + cov.covered + "/" + cov.total + " compétences" }));
    const list = el("ul", { class: "competences" });
    for (const c of cov.competences)
      list.append(el("li", { class: c.covered ? "couverte" : "manquante", title: c.intitule },
        el("span", { class: "marque", text: c.covered ? "✓" : "✗" }),
        el("span", { text: c.id + " " + c.intitule }),
        el("span", { class: "compte", text: c.sous_competences.covered + "/" + c.sous_competences.total })));
    section.append(list);
    if (missing.length) section.append(el("p", { class: "manque", text: "Manque : " + missing.map((c) => c.id).join(", ") }));
    box.append(section);
  }
}

async function runCheck() {
  const serial = ++checkSerial;
  const body = JSON.stringify(evidence);
  let check;
  try {
    check = await siofill.post("/api/check", body, "application/json");
  } catch (e) {
    setStatus("error");
    return showMessages([{ kind: "blocking", message: "Le serveur siofill ne répond pas : est-il toujours lancé ?" }]);
  }
  if (serial !== checkSerial) return;  // a newer check is on its way
  if (check.status !== 200) {
    setStatus("error");
    const errors = (check.json && check.json.errors) || [];
    showMessages(errors.length ? errors.map((e) => ({ kind: "blocking", message: (e.pointer ? e.pointer + " : " : "") + e.message, pointer: e.pointer }))
      : [{ kind: "blocking", message: (check.json && check.json.error) || "erreur " + check.status }]);
    $("#couverture").replaceChildren(el("p", { class: "aide", text: "Corrigez d’abord les erreurs ci-dessus." }));
    return;
  }
  const student = check.json.students[0];
  setStatus(student.status);
  showMessages(student.findings.map((f) => ({ kind: f.severity, message: f.message, pointer: f.pointer, code: f.code })));
  const coverages = await Promise.all(blocsToShow().map((b) => siofill.post("/api/coverage?bloc=" + b, body, "application/json")));
  if (serial !== checkSerial) return;
  showCoverage(coverages.filter((c) => c.status === 200).map((c) => c.json));
}

// --- downloads, import, files ------------------------------------------------------
function showDownloadError(text) {
  const p = $("#telechargement-erreur");
  p.textContent = text || "";
  p.hidden = !text;
}

async function download(form, format) {
  showDownloadError("");
  const res = await siofill.post("/api/fill?form=" + encodeURIComponent(form) + "&format=" + encodeURIComponent(format),
    JSON.stringify(evidence), "application/json", "blob");
  if (res.status !== 200) return showDownloadError((res.json && res.json.error) || "Téléchargement impossible (" + res.status + ").");
  siofill.saveBlob(res.blob, siofill.fileName(res.headers, form + "." + format));
}

function evidenceFileName() {
  const c = evidence.candidat || {};
  const name = [c.numero, c.nom, c.prenom].filter((s) => s).join("_");
  return (name ? name + "_" : "") + "preuves.json";
}

function exportEvidence() {
  const blob = new Blob([JSON.stringify(evidence, null, 2) + "\n"], { type: "application/json" });
  siofill.saveBlob(blob, evidenceFileName());
}

function renderDownloads(forms, formats) {
  const box = $("#telechargements");
  box.replaceChildren();
  for (const f of forms) {
    const row = el("div", { class: "ligne-telechargement" }, el("span", { class: "forme", text: f.description, title: f.id }));
    for (const fmt of formats) {
      const b = el("button", { type: "button", class: "petit", text: fmt.name.toUpperCase(), title: fmt.description });
      b.dataset.form = f.id;
      b.dataset.format = fmt.name;
      b.addEventListener("click", () => download(f.id, fmt.name));
      row.append(b);
    }
    box.append(row);
  }
  const json = el("button", { type: "button", class: "petit", text: "Fichier de preuves (JSON)" });
  json.addEventListener("click", exportEvidence);
  box.append(el("div", { class: "ligne-telechargement" }, json));
}

function hasWork() {
  return evidence && ((evidence.realisations || []).length > 0 || (evidence.candidat && evidence.candidat.nom));
}

function replaceEvidence(next) {
  evidence = next;
  renderAll();
  changed();
}

async function importNotes() {
  const text = $("#notes").value;
  const report = $("#import-compte-rendu");
  report.hidden = false;
  if (!text.trim()) return report.replaceChildren(el("p", { class: "erreur", text: "Collez d’abord vos notes ou choisissez le fichier." }));
  if (hasWork() && !confirm("Remplacer le dossier en cours par celui tiré des notes ?")) return;
  const res = await siofill.post("/api/import", text, "text/plain; charset=utf-8");
  if (res.status !== 200) return report.replaceChildren(el("p", { class: "erreur", text: (res.json && res.json.error) || "Import impossible (" + res.status + ")." }));
  replaceEvidence(res.json.evidence);
  const list = el("ul");
  for (const item of res.json.to_complete) list.append(el("li", { text: "À compléter : " + item }));
  for (const r of res.json.remarks) list.append(el("li", { class: r.kind, text: "ligne " + r.line + " : " + r.message }));
  report.replaceChildren(el("p", { text: res.json.activities + " activités importées (" + res.json.realisations.join(", ") + "). Complétez les champs signalés à droite." }), list);
}

function readFile(input, then) {
  const file = input.files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => then(String(reader.result), file.name);
  reader.readAsText(file, "utf-8");
  input.value = "";
}

async function start() {
  [referentiel] = await Promise.all([siofill.getJson("/api/referentiel")]);
  const [forms, formats] = await Promise.all([siofill.getJson("/api/forms"), siofill.getJson("/api/formats")]);
  renderDownloads(forms, formats);
  evidence = restore() || blankEvidence();
  renderAll();
  const main = $("main");
  // Lists and boxes are read on "change" (fired by every way of choosing), text as it is typed.
  const isChoice = (t) => t.tagName === "SELECT" || t.type === "checkbox";
  main.addEventListener("input", (e) => { if (!isChoice(e.target)) onInput(e); });
  main.addEventListener("change", (e) => { if (isChoice(e.target)) onInput(e); });
  main.addEventListener("click", onClick);
  $("#messages").addEventListener("click", (e) => {
    const li = e.target.closest("li[data-pointer]");
    if (li && li.dataset.pointer) goTo(li.dataset.pointer, li.dataset.code);
  });
  $("#messages").addEventListener("keydown", (e) => {
    const li = e.target.closest("li[data-pointer]");
    if (li && e.key === "Enter" && li.dataset.pointer) goTo(li.dataset.pointer, li.dataset.code);
  });
  $("#ajouter-realisation").addEventListener("click", addRealisation);
  $("#nouveau").addEventListener("click", () => {
    if (hasWork() && !confirm("Commencer un dossier vierge ? Le dossier en cours sera remplacé (enregistrez-le d’abord si besoin).")) return;
    replaceEvidence(blankEvidence());
  });
  $("#exporter").addEventListener("click", exportEvidence);
  $("#importer").addEventListener("click", importNotes);
  $("#notes-fichier").addEventListener("change", (e) => readFile(e.target, (text) => { $("#notes").value = text; }));
  $("#ouvrir-json").addEventListener("change", (e) => readFile(e.target, (text, name) => {
    try {
      replaceEvidence(JSON.parse(text));
    } catch (err) {
      showMessages([{ kind: "blocking", message: name + " n’est pas du JSON lisible : " + err.message }]);
    }
  }));
  scheduleCheck();
}

document.addEventListener("DOMContentLoaded", start);
