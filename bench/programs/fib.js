// fib in hand-written JavaScript: the host's limit for fib.lua (same
// algorithm, same output). Usage: node fib.js [n]
const N = Number(process.argv[2] ?? 35);

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

console.log(`fib(${N}) = ${fib(N)}`);
