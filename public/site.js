// The only script of Loket's public pages (they are cached and sent without Next.js's runtime).
// Progressive enhancement, nothing more: pages read and work without it.
// - The account menu: a public page's header says "Masuk" to everyone; for a signed-in visitor this
//   replaces it with their menu, from the page's own <template id="menu-akun"> and /api/sesi.
// - Print buttons ([data-print]) are shown and print the page.
(function () {
  "use strict";
  var session = null;

  function loadSession() {
    if (!session) {
      session = fetch("/api/sesi", { credentials: "same-origin", headers: { accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { signedIn: false };
        })
        .catch(function () {
          return { signedIn: false };
        });
    }
    return session;
  }

  function fillAccount(slot) {
    var template = document.getElementById("menu-akun");
    if (!template || !template.content) return;
    loadSession().then(function (who) {
      if (!who.signedIn || !slot.parentNode) return;
      var menu = template.content.cloneNode(true);
      if (!who.staff) {
        var staffOnly = menu.querySelectorAll("[data-staff-only]");
        for (var i = 0; i < staffOnly.length; i++) staffOnly[i].parentNode.removeChild(staffOnly[i]);
      }
      var signedInAs = menu.querySelector("[data-signed-in-as]");
      if (signedInAs) signedInAs.textContent = signedInAs.textContent.replace("{name}", who.name);
      var form = menu.querySelector("form");
      if (form) {
        form.addEventListener("submit", function (event) {
          var token = form.querySelector('input[name="csrfToken"]');
          if (token.value) return;
          event.preventDefault();
          fetch("/api/auth/csrf", { credentials: "same-origin" })
            .then(function (response) {
              return response.json();
            })
            .then(function (body) {
              token.value = body.csrfToken;
              form.submit();
            });
        });
      }
      slot.parentNode.replaceChild(menu, slot);
    });
  }

  function enhance(root) {
    var slots = root.querySelectorAll("[data-account]:not([data-enhanced])");
    for (var i = 0; i < slots.length; i++) {
      slots[i].setAttribute("data-enhanced", "");
      fillAccount(slots[i]);
    }
    var buttons = root.querySelectorAll("[data-print]:not([data-enhanced])");
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].setAttribute("data-enhanced", "");
      buttons[j].hidden = false;
      buttons[j].addEventListener("click", function () {
        window.print();
      });
    }
  }

  function start() {
    enhance(document);
    // Pages that run Next.js replace the header on client-side navigation: enhance what appears.
    if (window.MutationObserver) {
      new MutationObserver(function () {
        enhance(document);
      }).observe(document.body, { childList: true, subtree: true });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
