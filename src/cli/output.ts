/** The CLI's only writer to the terminal: results on stdout, messages and errors on stderr. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

export const terminal: Output = {
  out: (text) => void process.stdout.write(line(text)),
  err: (text) => void process.stderr.write(line(text)),
};
