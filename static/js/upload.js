/* Upload progress for forms marked data-upload: a progress bar while the file is sent, then
   a "reading" message while the server reads it. Without JavaScript the form posts as usual. */
(function () {
  "use strict";

  function swapMain(html, url) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var fresh = doc.querySelector("main");
    var main = document.querySelector("main");
    if (!fresh || !main) {
      window.location.assign(url);
      return;
    }
    main.innerHTML = fresh.innerHTML;
    document.title = doc.title;
    if (url && window.history && window.history.replaceState) {
      window.history.replaceState(null, "", url);
    }
    bind();
  }

  function send(form, event) {
    if (!window.FormData || !window.XMLHttpRequest) {
      return;
    }
    event.preventDefault();
    var box = form.querySelector(".upload-progress");
    var bar = box.querySelector("progress");
    var status = box.querySelector(".upload-status");
    var button = form.querySelector("button[type=submit]");
    var xhr = new XMLHttpRequest();
    box.hidden = false;
    bar.value = 0;
    status.textContent = form.dataset.uploading;
    button.disabled = true;
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round((e.loaded / e.total) * 100);
      }
    });
    xhr.upload.addEventListener("load", function () {
      bar.removeAttribute("value");
      status.textContent = form.dataset.reading;
    });
    xhr.addEventListener("load", function () {
      swapMain(xhr.responseText, xhr.responseURL);
    });
    xhr.addEventListener("error", function () {
      button.disabled = false;
      bar.value = 0;
      status.textContent = form.dataset.failed;
    });
    xhr.open("POST", form.action);
    xhr.send(new FormData(form));
  }

  function bind() {
    var forms = document.querySelectorAll("form[data-upload]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("submit", function (event) {
        send(form, event);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", bind);
})();
