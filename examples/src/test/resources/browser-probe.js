// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

// Injected by DemoReportsBrowserTest into a copy of a report (the reports themselves carry no
// script). It records what went wrong while the page loaded and what the browser drew, and leaves
// that as JSON in <pre id="browser-probe"> for the test to read from Chromium's --dump-dom.
(function () {
  const errors = [];
  window.addEventListener('error', e => errors.push(e.message || ('failed to load ' + (e.target && (e.target.src || e.target.href || e.target.tagName)))), true);
  document.addEventListener('securitypolicyviolation', e => errors.push('content security policy: ' + e.violatedDirective + ' ' + e.blockedURI));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) { errors.push(level + ': ' + args.join(' ')); original.apply(console, args); };
  }
  window.addEventListener('load', () => {
    const svgs = [...document.querySelectorAll('svg')].map(svg => {
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height, elements: svg.querySelectorAll('*').length };
    });
    const probe = document.createElement('pre');
    probe.id = 'browser-probe';
    probe.textContent = JSON.stringify({ errors, svgs, height: document.documentElement.scrollHeight });
    document.body.appendChild(probe);
  });
})();
