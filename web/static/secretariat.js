// The secretariat's page: a class zip (or a roster and its files, packed into
// a zip here) sent to /api/batch; statuses shown before the download.
"use strict";

const $ = (sel) => document.querySelector(sel);
const el = siofill.el;
let upload = null;  // {blob, label}
let resultZip = null;

// CRC-32 (zip), for the archive packed in the browser.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// A zip of stored (uncompressed) entries with UTF-8 names: small files, no library needed.
function makeZip(files) {
  const enc = new TextEncoder();
  const chunks = [], central = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.name);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 0x0800, true);  // UTF-8 name
    header.setUint32(14, f.crc, true);
    header.setUint32(18, f.data.length, true);
    header.setUint32(22, f.data.length, true);
    header.setUint16(26, name.length, true);
    chunks.push(header, name, f.data);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint32(16, f.crc, true);
    entry.setUint32(20, f.data.length, true);
    entry.setUint32(24, f.data.length, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    central.push(entry, name);
    offset += 30 + name.length + f.data.length;
  }
  const size = central.reduce((n, c) => n + c.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return new Blob([...chunks, ...central, end], { type: "application/zip" });
}

function chosen(label) {
  $("#choix").textContent = label;
  $("#lancer").disabled = !upload;
  $("#erreur").hidden = true;
  $("#resultat").hidden = true;
}

async function packFiles(list) {
  const files = [];
  for (const f of list) {
    const data = new Uint8Array(await f.arrayBuffer());
    files.push({ name: f.name, data, crc: crc32(data) });
  }
  return makeZip(files);
}

function showError(text) {
  $("#erreur").textContent = text;
  $("#erreur").hidden = false;
  $("#etape").textContent = "";
  $("#progression").hidden = true;
}

function reasons(s) {
  const items = [...s.errors, ...s.warnings].map((m) => m.message);
  return items.length ? items.join(" — ") : "—";
}

function showReport(rapport) {
  const t = rapport.totals;
  $("#totaux").replaceChildren(
    el("span", { text: t.students + " étudiant(s)" }), el("span", { text: t.ready + " prêt(s)" }),
    el("span", { text: t.warning + " avec avertissements" }), el("span", { text: t.blocked + " bloqué(s)" }),
    el("span", { text: t.error + " en erreur" }));
  const body = $("#lignes");
  body.replaceChildren();
  for (const s of rapport.students) {
    const who = [s.nom, s.prenom].filter((x) => x).join(" ") || s.source.split("/").pop();
    body.append(el("tr", {},
      el("td", { text: who }),
      el("td", { class: "nowrap", text: s.numero || "" }),
      el("td", { text: s.option || "" }),
      el("td", { class: "statut-" + s.status, text: siofill.statusLabel[s.status] || s.status }),
      el("td", { text: reasons(s) })));
  }
  $("#resultat").hidden = false;
}

function send() {
  if (!upload) return;
  $("#lancer").disabled = true;
  $("#erreur").hidden = true;
  const bar = $("#progression");
  bar.hidden = false;
  bar.value = 0;
  $("#etape").textContent = "Envoi de " + upload.label + "…";
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/batch?reponse=json");
  xhr.setRequestHeader("Content-Type", "application/zip");
  xhr.responseType = "json";
  xhr.upload.onprogress = (e) => { if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100); };
  xhr.upload.onload = () => {
    bar.removeAttribute("value");  // indeterminate while the server works
    $("#etape").textContent = "Préparation des formulaires de la classe…";
  };
  xhr.onerror = () => showError("Le serveur siofill ne répond pas : est-il toujours lancé ?");
  xhr.onload = () => {
    $("#lancer").disabled = false;
    const body = xhr.response;
    if (xhr.status !== 200) return showError((body && body.error) || "Erreur " + xhr.status);
    bar.hidden = true;
    $("#etape").textContent = "Terminé.";
    const bytes = Uint8Array.from(atob(body.zip), (c) => c.charCodeAt(0));
    resultZip = new Blob([bytes], { type: "application/zip" });
    showReport(body.rapport);
  };
  xhr.send(upload.blob);
}

document.addEventListener("DOMContentLoaded", () => {
  $("#archive").addEventListener("change", (e) => {
    const f = e.target.files[0];
    upload = f ? { blob: f, label: f.name } : null;
    chosen(f ? "Archive : " + f.name + " (" + Math.ceil(f.size / 1024) + " Ko)" : "Aucun fichier choisi.");
  });
  $("#fichiers").addEventListener("change", async (e) => {
    const list = [...e.target.files];
    if (!list.length) return;
    upload = { blob: await packFiles(list), label: list.length + " fichiers" };
    const csv = list.filter((f) => f.name.endsWith(".csv")).length;
    chosen(list.length + " fichiers choisis" + (csv ? " dont la liste de classe" : "") + ".");
  });
  $("#lancer").addEventListener("click", send);
  $("#telecharger").addEventListener("click", () => { if (resultZip) siofill.saveBlob(resultZip, "siofill-classe.zip"); });
});
