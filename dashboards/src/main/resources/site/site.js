// Province search box: fills the list from assets/units.js (window.PPW_UNITS), compares what was typed with the unit
// names without diacritics (Quang Ngai = Quảng Ngãi, đ = d) and opens the first match. Works from the file system:
// no request, no library.
(function () {
  'use strict';
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ').trim();
  }
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('search');
    if (!form) {
      return;
    }
    var box = document.getElementById('search-box');
    var message = document.getElementById('search-message');
    var root = document.body.getAttribute('data-root') || '';
    var list = document.getElementById('unit-names');
    var options = (window.PPW_UNITS || []).map(function (u) {
      var o = document.createElement('option');
      o.value = u[0];
      o.setAttribute('data-href', u[1]);
      list.appendChild(o);
      return o;
    });
    function find(text) {
      var q = fold(text);
      if (!q) {
        return null;
      }
      var tests = [
        function (o) { return fold(o.value) === q; },
        function (o) { return fold(o.value).indexOf(q) === 0; },
        function (o) { return fold(o.value).indexOf(' ' + q) >= 0; },
        function (o) { return fold(o.value).indexOf(q) >= 0; }
      ];
      for (var i = 0; i < tests.length; i++) {
        var hit = options.filter(tests[i])[0];
        if (hit) {
          return hit;
        }
      }
      return null;
    }
    function go(exactOnly) {
      var hit = find(box.value);
      if (hit && (!exactOnly || fold(hit.value) === fold(box.value))) {
        window.location.href = root + hit.getAttribute('data-href');
      } else if (!exactOnly) {
        message.textContent = 'Không tìm thấy: ' + box.value;
      }
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      go(false);
    });
    // Picking a name from the list opens it at once.
    box.addEventListener('change', function () { go(true); });
  });
})();
