/* Kineret assistant chat widget: one <script> tag, no dependencies.
 *
 *   <script src="https://assistant.example/widget/widget.js"
 *           data-server="https://assistant.example" data-clinic-name="Riverside Clinic"
 *           data-color="#0b5cad" data-position="right"></script>
 *
 * Lives in a Shadow DOM so the page's styles and the widget's never touch. Talks to Rasa's REST
 * channel (stateless: any server behind a load balancer can answer). Keeps the conversation id
 * and transcript in sessionStorage only, so nothing lingers after the tab closes. Everything the
 * bot or the user wrote is inserted as text, never as HTML. Escalation cards come from the
 * turn's machine-readable outcome ({"custom": {...}}), not from reading the reply text.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__kineretWidget) return;
  window.__kineretWidget = true;

  var cfg = {
    server: (script.getAttribute("data-server") || new URL(script.src, location.href).origin).replace(/\/$/, ""),
    clinic: script.getAttribute("data-clinic-name") || "your clinic",
    color: /^#[0-9a-fA-F]{3,8}$/.test(script.getAttribute("data-color") || "") ? script.getAttribute("data-color") : "#0b5cad",
    position: script.getAttribute("data-position") === "left" ? "left" : "right",
  };
  var KEY = "kineret-chat:" + cfg.server;
  var state = load() || { sender: newId(), log: [], open: false };

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "w" + Date.now().toString(36) + Math.random().toString(36).slice(2);
  }
  function load() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { return null; }
  }
  function save() {
    try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: fine */ }
  }

  var css = [
    ":host{all:initial}",
    "*{box-sizing:border-box;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}",
    ".launcher{position:fixed;bottom:20px;" + cfg.position + ":20px;z-index:2147483000;border:0;border-radius:28px;",
    "padding:14px 20px;font-size:16px;font-weight:600;color:#fff;background:var(--c);cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}",
    ".launcher:focus-visible,button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}",
    ".panel{position:fixed;bottom:86px;" + cfg.position + ":20px;z-index:2147483001;width:380px;max-width:calc(100vw - 16px);",
    "height:560px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;color:#1a1a1a;",
    "border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden;font-size:15px;line-height:1.45}",
    ".panel[hidden]{display:none}",
    "header{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;background:var(--c);color:#fff}",
    "header h2{margin:0;font-size:16px}",
    "header p{margin:2px 0 0;font-size:12px;color:#fff}",
    ".close{background:transparent;border:0;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:4px 8px}",
    ".log{position:relative;flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f6f7f9}",
    ".msg{max-width:88%;padding:9px 12px;border-radius:12px;white-space:pre-line;overflow-wrap:anywhere}",
    ".bot{align-self:flex-start;background:#fff;border:1px solid #d5d9e0}",
    ".user{align-self:flex-end;background:var(--c);color:#fff}",
    ".cite{display:block;margin-top:6px;font-size:12px;color:#4a5260}",
    ".card{align-self:stretch;border-radius:10px;padding:10px 12px;border:2px solid}",
    ".card h3{margin:0 0 4px;font-size:15px}",
    ".card p{margin:2px 0}",
    ".card a{color:inherit;font-weight:700}",
    ".doctor{background:#fff4e5;border-color:#b45309;color:#4a2600}",
    ".emergency{background:#fdecea;border-color:#b3261e;color:#5f0d08}",
    ".emergency .number{font-size:20px;font-weight:800}",
    ".buttons{display:flex;flex-wrap:wrap;gap:6px;align-self:flex-start}",
    ".buttons button{border:1px solid var(--c);background:#fff;color:var(--c);border-radius:16px;padding:6px 12px;font-size:14px;cursor:pointer}",
    ".typing{padding:4px 14px;font-size:13px;color:#4a5260;min-height:22px}",
    ".error{margin:0 12px 8px;padding:8px 10px;border-radius:8px;background:#fdecea;color:#5f0d08;font-size:14px}",
    ".error[hidden]{display:none}",
    ".error button{margin-left:8px;border:1px solid #5f0d08;background:#fff;color:#5f0d08;border-radius:6px;padding:3px 10px;cursor:pointer}",
    "form{display:flex;gap:8px;padding:10px;border-top:1px solid #d5d9e0;background:#fff}",
    "label{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
    "input{flex:1;min-width:0;padding:10px;border:1px solid #6b7280;border-radius:8px;font-size:16px;color:#1a1a1a;background:#fff}",
    ".send{border:0;border-radius:8px;padding:10px 14px;font-size:15px;font-weight:600;color:#fff;background:var(--c);cursor:pointer}",
    "@media (max-width:480px){.panel{left:0;right:0;bottom:0;width:100%;max-width:100%;height:100%;max-height:100%;border-radius:0}}",
  ].join("");

  var host = document.createElement("div");
  host.id = "kineret-assistant-widget";
  var root = host.attachShadow({ mode: "open" });
  root.innerHTML =
    '<style>' + css + '</style>' +
    '<button class="launcher" type="button" aria-expanded="false" aria-controls="kw-panel">Ask about Kineret</button>' +
    '<section class="panel" id="kw-panel" role="dialog" aria-labelledby="kw-title" hidden>' +
    '<header><div><h2 id="kw-title">Kineret questions</h2><p class="sub"></p></div>' +
    '<button class="close" type="button" aria-label="Close chat">\u00d7</button></header>' +
    '<div class="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation"></div>' +
    '<div class="typing" role="status" aria-live="polite"></div>' +
    '<div class="error" role="alert" hidden><span></span><button type="button">Try again</button></div>' +
    '<form><label for="kw-input">Your question about Kineret</label>' +
    '<input id="kw-input" type="text" autocomplete="off" maxlength="1000" placeholder="Type your question">' +
    '<button class="send" type="submit">Send</button></form></section>';
  host.style.setProperty("--c", cfg.color);
  root.host.style.setProperty("--c", cfg.color);

  var $ = function (sel) { return root.querySelector(sel); };
  var launcher = $(".launcher"), panel = $(".panel"), log = $(".log"), input = $("input"),
      typing = $(".typing"), error = $(".error"), form = $("form");
  $(".sub").textContent = "Automated assistant for " + cfg.clinic + " \u2014 not medical advice";
  var pending = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;      // always text, never HTML
    return node;
  }

  function render(item) {
    var node;
    if (item.kind === "user") {
      node = el("div", "msg user", item.text);
    } else if (item.kind === "bot") {
      node = el("div", "msg bot", item.text);
      if (item.citation) node.appendChild(el("small", "cite", item.citation));
    } else if (item.kind === "emergency") {
      node = el("div", "card emergency");
      node.setAttribute("role", "alert");
      node.appendChild(el("h3", null, "Emergency"));
      var n = el("p", "number", "Call " + item.emergency + " now.");
      node.appendChild(n);
      node.appendChild(el("p", null, "Stop using Kineret. Do not wait for a reply here."));
    } else if (item.kind === "doctor") {
      node = el("div", "card doctor");
      node.appendChild(el("h3", null, "Call your doctor"));
      var who = item.clinic && item.clinic !== "your doctor" ? item.clinic : "your doctor";
      var line = el("p", null, "Contact " + who + (item.phone ? " at " : "."));
      if (item.phone) {
        var a = el("a", null, item.phone);
        a.href = "tel:" + item.phone.replace(/[^0-9+]/g, "");
        line.appendChild(a);
      }
      node.appendChild(line);
      if (item.hours) node.appendChild(el("p", null, "Hours: " + item.hours));
      if (item.reason) node.appendChild(el("p", null, item.reason));
    } else if (item.kind === "buttons") {
      node = el("div", "buttons");
      item.buttons.forEach(function (b) {
        var btn = el("button", null, b.title);
        btn.type = "button";
        btn.addEventListener("click", function () { send(b.payload, b.title); });
        node.appendChild(btn);
      });
    }
    if (node) {
      log.appendChild(node);
      log.scrollTop = log.scrollHeight;
    }
    return node;
  }

  function add(item) {
    state.log.push(item);
    save();
    return render(item);
  }

  /* Turn Rasa's REST replies into items: cards first (from the machine-readable outcome),
     then messages, with each answer's citation shown as a footnote. */
  function receive(replies) {
    var outcome = null;
    replies.forEach(function (r) { if (r.custom && r.custom.escalation) outcome = r.custom; });
    var citations = outcome ? (outcome.answers || []).map(function (a) { return a.citation; }) : [];
    var card = null;
    if (outcome && outcome.escalation === "emergency") {
      card = add({ kind: "emergency", emergency: outcome.emergency_number });
    } else if (outcome && outcome.escalation === "doctor") {
      card = add({ kind: "doctor", clinic: outcome.clinic.name, phone: outcome.clinic.phone,
                   hours: outcome.clinic.hours, reason: outcome.reason });
    }
    replies.forEach(function (r) {
      if (typeof r.text === "string" && r.text) {
        var lines = r.text.split("\n"), last = lines[lines.length - 1], citation = null;
        if (citations.indexOf(last) !== -1) { citation = last; lines.pop(); }
        add({ kind: "bot", text: lines.join("\n"), citation: citation });
      }
      if (r.buttons && r.buttons.length) add({ kind: "buttons", buttons: r.buttons });
    });
    if (card) log.scrollTop = card.offsetTop - 8;   // the escalation card is what must be seen
  }

  function send(message, shown) {
    if (!message || !message.trim()) return;
    add({ kind: "user", text: shown || message });
    post(message);
  }

  function post(message) {
    pending = message;
    error.hidden = true;
    typing.textContent = "The assistant is typing\u2026";
    fetch(cfg.server + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: state.sender, message: message }),
    }).then(function (res) {
      if (!res.ok) throw new Error("HTTP " + res.status);
      return res.json();
    }).then(function (replies) {
      pending = null;
      typing.textContent = "";
      receive(replies || []);
    }).catch(function () {
      typing.textContent = "";
      $(".error span").textContent = "Sorry, the assistant can't be reached right now. " +
        "In an emergency, call your local emergency number.";
      error.hidden = false;
      error.querySelector("button").focus();
    });
  }

  function setOpen(open) {
    state.open = open;
    save();
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    launcher.textContent = open ? "Close Kineret chat" : "Ask about Kineret";
    if (open) input.focus(); else launcher.focus();
  }

  launcher.addEventListener("click", function () { setOpen(panel.hidden); });
  $(".close").addEventListener("click", function () { setOpen(false); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") setOpen(false); });
  error.querySelector("button").addEventListener("click", function () { if (pending) post(pending); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value;
    input.value = "";
    send(text);
  });

  function mount() {
    document.body.appendChild(host);
    state.log.forEach(render);               // a reload continues the same conversation
    if (state.open) { panel.hidden = false; launcher.setAttribute("aria-expanded", "true");
                      launcher.textContent = "Close Kineret chat"; }
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
