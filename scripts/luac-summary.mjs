// The part of a `luac5.4 -l -l` listing that the front end determines, in
// the format of tests/frontend/ast-tools.ts pucSummary: per function, its
// lines, parameters (+ when vararg), register count ("slots"), upvalues
// (name, instack, index) and debug locals. Used by scripts/regen-luac-listings.mjs and by the test that
// checks the official test suite's files when luac5.4 is installed.

/// The summary of one luac listing.
export function summarize(listing) {
  const out = [];
  let section = null;
  let fn = null;
  const flush = () => {
    if (!fn) return;
    out.push(`function ${fn.lines} params ${fn.params} slots ${fn.slots}`);
    out.push('  upvalues: ' + fn.upvalues.join('; '));
    out.push('  locals: ' + fn.locals.join('; '));
  };
  for (const line of listing.split('\n')) {
    const head = /^(?:main|function) <.*:(\d+),(\d+)> /.exec(line);
    if (head) {
      flush();
      fn = { lines: `${head[1]},${head[2]}`, params: '', slots: '', upvalues: [], locals: [] };
      section = null;
      continue;
    }
    const params = /^(\d+)(\+?) params?, (\d+) slots?,/.exec(line);
    if (params && fn) {
      fn.params = params[1] + params[2];
      fn.slots = params[3];
      continue;
    }
    const sec = /^(constants|locals|upvalues) \(\d+\)/.exec(line);
    if (sec) {
      section = sec[1];
      continue;
    }
    if (line.startsWith('\t') && fn && section !== 'constants' && section !== null) {
      const f = line.split('\t');
      if (section === 'locals') fn.locals.push(f[2]);
      else fn.upvalues.push(`${f[2]} ${f[3]} ${f[4]}`);
    }
  }
  flush();
  return out.join('\n') + '\n';
}
