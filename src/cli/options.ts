// The command line's options, read as lua.c's collectargs reads them, and the
// usage message it prints for a bad one.

/// Bits of what collectArgs found.
export enum Has {
  /// A bad option (then nothing else is set).
  Error = 1,
  /// -i
  I = 2,
  /// -v (implied by -i)
  V = 4,
  /// -e
  E = 8,
  /// -E: ignore LUA_INIT, LUA_PATH and LUA_CPATH
  NoEnv = 16,
}

export interface Options {
  /// Has bits.
  has: number;
  /// Index in argv of the script (argv.length when there is none), or of the
  /// bad option.
  script: number;
}

/// Scans argv (argv[0] is the program) up to the script name. Options that run
/// code (-e, -l, -W) are run later, in order, by the caller.
export function collectArgs(argv: readonly string[]): Options {
  let has = 0;
  let i: number;
  const bad = (at: number): Options => ({ has: Has.Error, script: at });
  for (i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a[0] !== '-') return { has, script: i }; // not an option: the script
    switch (a[1]) {
      case '-': // '--'
        if (a.length !== 2) return bad(i);
        return { has, script: i + 1 };
      case undefined: // '-': the script is stdin
        return { has, script: i };
      case 'E':
        if (a.length !== 2) return bad(i);
        has |= Has.NoEnv;
        break;
      case 'W':
        if (a.length !== 2) return bad(i);
        break;
      case 'i':
        has |= Has.I;
      // -i implies -v
      case 'v':
        if (a.length !== 2) return bad(i);
        has |= Has.V;
        break;
      case 'e':
        has |= Has.E;
      // both -e and -l need an argument
      case 'l':
        if (a.length === 2) {
          const next = argv[i + 1];
          if (next === undefined || next[0] === '-') return bad(i);
          i++;
        }
        break;
      default:
        return bad(i);
    }
  }
  return { has, script: i };
}

/// lua.c's print_usage.
export function usage(progname: string, badoption: string): string {
  const what =
    badoption[1] === 'e' || badoption[1] === 'l'
      ? `'${badoption}' needs argument`
      : `unrecognized option '${badoption}'`;
  return (
    `${progname}: ${what}\n` +
    `usage: ${progname} [options] [script [args]]\n` +
    'Available options are:\n' +
    "  -e stat   execute string 'stat'\n" +
    "  -i        enter interactive mode after executing 'script'\n" +
    "  -l mod    require library 'mod' into global 'mod'\n" +
    "  -l g=mod  require library 'mod' into global 'g'\n" +
    '  -v        show version information\n' +
    '  -E        ignore environment variables\n' +
    '  -W        turn warnings on\n' +
    '  --        stop handling options\n' +
    '  -         stop handling options and execute stdin\n'
  );
}
