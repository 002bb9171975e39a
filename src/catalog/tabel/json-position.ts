/**
 * Where a JSON text stops being JSON. JSON.parse says so only on some engines (V8 of Node 22 gives
 * a position, Node 20 and WebKit often none) and in English, so the import finds the place itself.
 */

/** Offset of the first character that breaks the JSON (text.length when it ends too early), or undefined. */
export function jsonErrorAt(text: string): number | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    if (scanner.i < text.length) throw scanner.i;
    return undefined;
  } catch (e) {
    if (typeof e === "number") return e;
    throw e;
  }
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** A recursive-descent reader of RFC 8259 that throws the offset where it cannot go on. */
class Scanner {
  i = 0;
  constructor(private readonly text: string) {}

  private at(): string | undefined {
    return this.text[this.i];
  }

  private skip(): void {
    while (this.i < this.text.length && " \t\n\r".includes(this.text[this.i])) this.i++;
  }

  private expect(ch: string): void {
    if (this.at() !== ch) throw this.i;
    this.i++;
  }

  value(): void {
    this.skip();
    const ch = this.at();
    if (ch === "{") this.list("}", () => this.member());
    else if (ch === "[") this.list("]", () => this.value());
    else if (ch === '"') this.string();
    else if (ch === "t" || ch === "f" || ch === "n") this.word();
    else this.number();
    this.skip();
  }

  private list(close: string, item: () => void): void {
    this.i++;
    this.skip();
    if (this.at() === close) return void this.i++;
    for (;;) {
      item();
      this.skip();
      if (this.at() === close) return void this.i++;
      this.expect(",");
    }
  }

  private member(): void {
    this.skip();
    if (this.at() !== '"') throw this.i;
    this.string();
    this.skip();
    this.expect(":");
    this.value();
  }

  private string(): void {
    this.i++;
    for (let ch = this.at(); ch !== '"'; ch = this.at()) {
      if (ch === undefined || ch < " ") throw this.i;
      if (ch === "\\") {
        this.i++;
        const e = this.at();
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 1, this.i + 5)))
          this.i += 4;
        else if (e === undefined || !ESCAPES.includes(e)) throw this.i;
      }
      this.i++;
    }
    this.i++;
  }

  private word(): void {
    for (const w of ["true", "false", "null"])
      if (this.text.startsWith(w, this.i)) return void (this.i += w.length);
    throw this.i;
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) throw this.i;
    this.i += m[0].length;
  }
}
