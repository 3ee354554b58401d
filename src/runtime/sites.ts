// Static site ids: each operation of compiled code that can fail or call
// passes a small integer naming its site; the site knows the line, the chunk,
// and how PUC Lua would describe the operands in an error message
// (" (local 't')", " (field 'x')"...). So no line number is stored at run time
// until an error actually happens.

/// What a compiled chunk knows about its source, shared by its sites and
/// prototypes.
export interface ChunkInfo {
  /// The chunk name as given to load ('@file.lua', '=stdin', source text).
  source: string;
  /// luaO_chunkid of it ('file.lua', 'stdin', '[string "..."]').
  shortSrc: string;
  /// Loaded from a binary chunk dumped with `strip`: no local or upvalue
  /// names, no line information for the debug library.
  stripped?: boolean;
}

export class Site {
  constructor(
    readonly line: number,
    readonly chunk: ChunkInfo,
    /// varinfo text of the first and second operands, e.g. " (local 't')".
    readonly v1: string,
    readonly v2: string,
    /// For call sites: how the callee is named ('global', 'f'), as in
    /// tracebacks and argument errors; '' when unknown.
    readonly namewhat: string,
    readonly name: string,
    /// For integer division and modulo: the line PUC Lua reports for a
    /// division by zero, which is raised without saving the current
    /// instruction: the line of the last call (or loop preparation) before
    /// it in the function, else the line where the function starts.
    readonly divLine = line,
  ) {}
}

/// The registry of sites of one Lua state; ids are indices.
export class SiteTable {
  readonly sites: Site[] = [new Site(0, { source: '=?', shortSrc: '?' }, '', '', '', '')];

  add(site: Site): number {
    this.sites.push(site);
    return this.sites.length - 1;
  }

  get(id: number): Site {
    return this.sites[id];
  }
}
