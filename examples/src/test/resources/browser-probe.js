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
  // A colour that is not a shade of grey: what a chart paints its data in, and never its
  // background, axes, grid lines or markers.
  const chromatic = paint => {
    const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(paint);
    return rgb !== null && !(rgb[1] === rgb[2] && rgb[2] === rgb[3]);
  };
  // Shapes drawn in the plot area in a colour. The SVG's first clip path is the whole chart
  // (title, axes, legend); data are clipped to the plot area, so an axes-only chart, or one whose
  // legend names series without a value, has no marks.
  const marks = svg => {
    const chart = svg.querySelector('defs clipPath');
    const whole = chart === null ? null : 'url(#' + chart.id + ')';
    return [...svg.querySelectorAll('rect, path, line, polyline, polygon, circle, ellipse')]
      .filter(shape => shape.closest('defs') === null)
      .filter(shape => {
        const clipped = shape.closest('[clip-path]');
        return clipped !== null && clipped.getAttribute('clip-path').replace(/["']/g, '') !== whole;
      })
      .filter(shape => chromatic(getComputedStyle(shape).fill) || chromatic(getComputedStyle(shape).stroke))
      .length;
  };
  window.addEventListener('load', () => {
    const svgs = [...document.querySelectorAll('svg')].map(svg => {
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height, elements: svg.querySelectorAll('*').length, marks: marks(svg) };
    });
    const probe = document.createElement('pre');
    probe.id = 'browser-probe';
    probe.textContent = JSON.stringify({ errors, svgs, height: document.documentElement.scrollHeight });
    document.body.appendChild(probe);
  });
})();
