// Shared by both pages: calls to the API of siofill serve, downloads.
"use strict";

const siofill = {
  // POST with a body; resolves to {status, headers, json|blob}.
  async post(path, body, contentType, as) {
    const res = await fetch(path, { method: "POST", body, headers: { "Content-Type": contentType } });
    const out = { status: res.status, headers: res.headers };
    const isJson = (res.headers.get("Content-Type") || "").startsWith("application/json");
    if (as === "blob" && res.ok) out.blob = await res.blob();
    else if (isJson) out.json = await res.json();
    return out;
  },
  async getJson(path) {
    const res = await fetch(path);
    if (!res.ok) throw new Error(path + " : " + res.status);
    return res.json();
  },
  // The file name the server gives in Content-Disposition (UTF-8 form first).
  fileName(headers, fallback) {
    const cd = headers.get("Content-Disposition") || "";
    const utf8 = /filename\*=UTF-8''([^;]+)/.exec(cd);
    if (utf8) return decodeURIComponent(utf8[1]);
    const plain = /filename="([^"]+)"/.exec(cd);
    return plain ? plain[1] : fallback;
  },
  saveBlob(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("data-")) e.setAttribute(k, v);
      else e[k] = v;
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  },
  statusLabel: { ready: "prêt", warning: "prêt avec avertissements", blocked: "bloqué", error: "invalide" },
};
