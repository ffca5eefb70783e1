// A file over the server's upload limit is refused here, before it is sent: the browser shows the
// message beside the file field and everything typed in the form stays. (Without this script the
// server refuses it with the same message, after the whole file has travelled.)
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="upload-limit"]');
  if (!meta) {
    return;
  }
  var limit = Number(meta.content);
  var message = meta.getAttribute("data-message");

  function size(input) {
    var total = 0;
    for (var i = 0; input.files && i < input.files.length; i++) {
      total += input.files[i].size;
    }
    return total;
  }

  // Every file field of the form counts: the limit is the request's.
  function check(form, changed) {
    var inputs = form ? form.querySelectorAll('input[type="file"]') : [changed];
    var total = 0;
    for (var i = 0; i < inputs.length; i++) {
      total += size(inputs[i]);
    }
    for (var j = 0; j < inputs.length; j++) {
      inputs[j].setCustomValidity("");
    }
    var over = total > limit;
    var blamed = changed || inputs[inputs.length - 1];
    blamed.setCustomValidity(over ? message : "");
    return !over || blamed;
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.type === "file") {
      var refused = check(input.form, input);
      if (refused !== true) {
        refused.reportValidity();
      }
    }
  });

  // A form that skips the browser's own check (novalidate) is stopped here as well.
  document.addEventListener(
    "submit",
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.querySelector('input[type="file"]')) {
        return;
      }
      var refused = check(form, null);
      if (refused !== true) {
        event.preventDefault();
        refused.reportValidity();
      }
    },
    true
  );
})();
