'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { extractFormulas, renderError } = require('./katex-check.js');

test('finds inline, display and math-fence formulas with their lines', () => {
  const markdown = [
    'Text $a + b$ and $c$.',
    '',
    '$$',
    '\\frac{1}{2}',
    '$$',
    '```math',
    'x^2',
    '```',
  ].join('\n');
  assert.deepStrictEqual(extractFormulas(markdown), [
    { line: 1, tex: 'a + b', display: false },
    { line: 1, tex: 'c', display: false },
    { line: 3, tex: '\\frac{1}{2}', display: true },
    { line: 6, tex: 'x^2', display: true },
  ]);
});

test('skips code spans, other fences and escaped dollars', () => {
  const markdown = ['`$not math$` costs \\$5', '```bash', 'echo $HOME $PATH', '```'].join('\n');
  assert.deepStrictEqual(extractFormulas(markdown), []);
});

test('an unclosed display formula is an error', () => {
  assert.throws(() => extractFormulas('$$\nx'), /never closed/);
});

test('KaTeX errors are reported, strictly', () => {
  assert.strictEqual(renderError({ tex: '\\sigma\\left(x\\right)', display: false }), null);
  assert.match(renderError({ tex: '\\frac{1}{', display: true }), /KaTeX parse error/);
  assert.match(renderError({ tex: '\\notacommand', display: false }), /Undefined control sequence/);
  assert.match(renderError({ tex: 'ü', display: false }), /strict mode is set to 'error'/);
});
