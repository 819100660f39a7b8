#!/usr/bin/env node
// Renders every formula of Markdown files with KaTeX and fails, listing file, line, formula and
// KaTeX's error, when one does not render. The documents under proofs/ are generated, so a formula
// that KaTeX rejects is a bug in a printer, and this is where CI finds it before a reader does.
//
// Usage: node katex-check.js PATH...   (files, or folders searched for *.md)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const katex = require('katex');

// Formulas as GitHub finds them: $$…$$ (display, may span lines), ```math fences (display) and
// $…$ (inline, one line). Code spans and other fenced blocks are not math and are skipped.
function extractFormulas(markdown) {
  const formulas = [];
  const lines = markdown.split(/\r?\n/);
  let fence = null; // { marker, math, start, body[] }
  let display = null; // { start, body[] }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const lineNumber = index + 1;
    const fenceMatch = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence.marker[0] && fenceMatch[1].length >= fence.marker.length && fenceMatch[2] === '') {
        if (fence.math) formulas.push({ line: fence.start, tex: fence.body.join('\n'), display: true });
        fence = null;
      } else {
        fence.body.push(line);
      }
      continue;
    }
    if (!display && fenceMatch) {
      fence = { marker: fenceMatch[1], math: fenceMatch[2] === 'math', start: lineNumber, body: [] };
      continue;
    }
    scanLine(line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)), lineNumber);
  }
  if (display) throw new Error(`line ${display.start}: '$$' is never closed`);
  return formulas;

  function scanLine(text, lineNumber) {
    let position = 0;
    while (position < text.length) {
      if (display) {
        const close = findUnescaped(text, '$$', position);
        if (close < 0) {
          display.body.push(text.slice(position));
          return;
        }
        display.body.push(text.slice(position, close));
        formulas.push({ line: display.start, tex: display.body.join('\n').trim(), display: true });
        display = null;
        position = close + 2;
        continue;
      }
      const open = findUnescaped(text, '$', position);
      if (open < 0) return;
      if (text.startsWith('$$', open)) {
        display = { start: lineNumber, body: [] };
        position = open + 2;
        continue;
      }
      const close = findUnescaped(text, '$', open + 1);
      if (close < 0) return; // a lone dollar sign is text
      formulas.push({ line: lineNumber, tex: text.slice(open + 1, close), display: false });
      position = close + 1;
    }
  }
}

function findUnescaped(text, token, from) {
  for (let at = text.indexOf(token, from); at >= 0; at = text.indexOf(token, at + 1)) {
    if (at === 0 || text[at - 1] !== '\\') return at;
  }
  return -1;
}

// strict 'error': anything KaTeX only tolerates (Unicode in math, \\ outside an environment) fails
// too, since GitHub's renderer may not tolerate it.
function renderError(formula) {
  try {
    katex.renderToString(formula.tex, { displayMode: formula.display, throwOnError: true, strict: 'error' });
    return null;
  } catch (error) {
    return error.message;
  }
}

function markdownFiles(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  return fs.readdirSync(target, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : markdownFiles(full);
      return entry.name.endsWith('.md') ? [full] : [];
    });
}

function check(targets) {
  const failures = [];
  let formulaCount = 0;
  const files = targets.flatMap(markdownFiles);
  for (const file of files) {
    let formulas;
    try {
      formulas = extractFormulas(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      failures.push({ file, line: 0, tex: '', error: error.message });
      continue;
    }
    formulaCount += formulas.length;
    for (const formula of formulas) {
      const error = renderError(formula);
      if (error) failures.push({ file, line: formula.line, tex: formula.tex, error });
    }
  }
  return { files: files.length, formulas: formulaCount, failures };
}

function main(argv) {
  if (argv.length === 0) {
    console.error('usage: node katex-check.js PATH...   (Markdown files, or folders searched for *.md)');
    return 2;
  }
  let result;
  try {
    result = check(argv);
  } catch (error) {
    console.error(`katex-check: ${error.message}`);
    return 2;
  }
  for (const failure of result.failures) {
    console.error(`${failure.file}:${failure.line}: ${failure.error}`);
    if (failure.tex) console.error(`  formula: ${failure.tex.replace(/\n/g, '\n           ')}`);
  }
  if (result.files === 0) {
    console.error('katex-check: no Markdown files found');
    return 1;
  }
  console.log(`katex-check: ${result.formulas} formulas in ${result.files} files, ${result.failures.length} failed to render`);
  return result.failures.length === 0 ? 0 : 1;
}

module.exports = { extractFormulas, renderError, check };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
