/** The in-memory workbook beside the pane: sheet tabs, the selected cell and its content, the grid. */
import * as React from "react";
import { cellAddress, parseCell } from "../../template/a1";
import { teksPratinjau } from "../teks";
import type { PreviewPort } from "../preview-port";
import { isLockedCell } from "../protection";
import { SheetGrid } from "./SheetGrid";
import { displayValue } from "./sheet-model";

function useWorkbookVersion(port: PreviewPort): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => port.subscribe(() => setVersion((v) => v + 1)), [port]);
  return version;
}

function SheetTabs({
  sheets,
  active,
  onActivate,
}: {
  sheets: string[];
  active: string;
  onActivate(name: string): void;
}) {
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const move = (i: number) => {
    const j = (i + sheets.length) % sheets.length;
    onActivate(sheets[j]);
    refs.current[j]?.focus();
  };
  return (
    <div role="tablist" aria-label={teksPratinjau.daftarLembar} className="tab-lembar">
      {sheets.map((name, i) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          id={`tab-${i}`}
          aria-selected={name === active}
          aria-controls="lembar-aktif"
          tabIndex={name === active ? 0 : -1}
          onClick={() => onActivate(name)}
          onKeyDown={(e) => {
            if (e.key === "ArrowRight") move(i + 1);
            else if (e.key === "ArrowLeft") move(i - 1);
          }}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

/**
 * The sheet shown: the first at start, then the last one made (the rekap after a bidang insert), as
 * Excel activates it; a sheet the pane activated (open the existing sheet of a jabatan) is shown too.
 */
function useActiveSheet(port: PreviewPort, version: number, sheets: string[]) {
  const [active, setActive] = React.useState(sheets[0] ?? "");
  const known = React.useRef(sheets);
  const activated = React.useRef(port.workbook.activeSheet);
  React.useEffect(() => {
    const added = sheets.filter((s) => !known.current.includes(s));
    known.current = sheets;
    const asked = port.workbook.activeSheet;
    if (asked !== activated.current && asked !== undefined && sheets.includes(asked)) {
      activated.current = asked;
      setActive(asked);
    } else if (added.length > 0) setActive(added[added.length - 1]);
    else if (!sheets.includes(active)) setActive(sheets[0] ?? "");
  }, [version]);
  return [active, setActive] as const;
}

/** The name box (type an address to select it) and the selected cell's formula or value. */
function FormulaBar(props: {
  typed: string;
  content: string;
  onType(text: string): void;
  onGo(text: string): void;
}) {
  return (
    <div className="bilah-rumus">
      <label>
        {teksPratinjau.sel}{" "}
        <input
          className="kotak-sel"
          value={props.typed}
          title={teksPratinjau.selPetunjuk}
          onChange={(e) => props.onType(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") props.onGo(props.typed);
          }}
        />
      </label>
      {/* A read-only box like Excel's formula bar: a label needs a role (axe aria-prohibited-attr). */}
      <span
        className="isi-sel"
        role="textbox"
        aria-readonly="true"
        aria-label={teksPratinjau.isi}
        data-testid="isi-sel"
      >
        {props.content}
      </span>
    </div>
  );
}

/**
 * Types a text into the selected cell, as one edits any cell in Excel (the grid's own inputs are
 * only the template's number and list cells): e.g. a cell of an exported catalog sheet.
 */
function CellEditor(props: {
  port: PreviewPort;
  sheet: string;
  cell?: string;
  onProblem(message: string | undefined): void;
}) {
  const { port, sheet, cell, onProblem } = props;
  const [text, setText] = React.useState("");
  React.useEffect(() => setText(""), [sheet, cell]);
  if (!cell || !port.workbook.hasSheet(sheet)) return null;
  const write = () => {
    // As Excel: a locked cell of a protected sheet ("Kunci rumus") cannot be changed.
    if (isLockedCell(port.workbook, sheet, cell)) {
      onProblem(teksPratinjau.selTerkunci(cell));
      return;
    }
    onProblem(undefined);
    port.workbook.setCell(sheet, cell, text === "" ? null : text);
    port.notify();
    setText("");
  };
  return (
    <label className="bilah-rumus">
      {teksPratinjau.ubahIsi}{" "}
      <input
        value={text}
        title={teksPratinjau.ubahIsiPetunjuk}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") write();
        }}
      />
    </label>
  );
}

/**
 * An error in the selected cell explained in words, under the formula bar: not only on hover. The
 * IKI functions say themselves what is missing; other errors get the meaning of their code.
 */
function ErrorLine({ port, sheet, cell }: { port: PreviewPort; sheet: string; cell?: string }) {
  const value = cell && port.workbook.hasSheet(sheet) ? port.workbook.getValue(sheet, cell) : null;
  const error = typeof value === "object" && value !== null ? value : undefined;
  const fromIki = cell ? /\bIKI\./i.test(port.workbook.getFormula(sheet, cell) ?? "") : false;
  return (
    <p className="penjelasan-galat" aria-live="polite" data-testid="penjelasan-galat">
      {error &&
        cell &&
        teksPratinjau.galatSel(cell, error.error, fromIki ? error.message : undefined)}
    </p>
  );
}

/** The selected cell of the active sheet, the name box's text, and the problem shown (if any). */
function useSelection(port: PreviewPort, active: string) {
  const [selected, setSelected] = React.useState<string>();
  const [typed, setTyped] = React.useState("");
  const [problem, setProblem] = React.useState<string>();
  const select = React.useCallback(
    (cell: string | undefined) => {
      setSelected(cell);
      setTyped(cell ?? "");
      port.select(cell && active ? { sheet: active, cell } : undefined);
    },
    [port, active]
  );
  React.useEffect(() => {
    select(undefined);
    setProblem(undefined);
  }, [active, select]);
  /** The name box: a typed address selects its cell (written as Excel writes it). */
  const go = (text: string) => {
    const at = parseCell(text.trim());
    if (at) {
      select(cellAddress(at.row, at.column));
      setProblem(undefined);
    } else setProblem(teksPratinjau.alamatSalah(text));
  };
  return { selected, typed, setTyped, problem, setProblem, select, go };
}

/** What the formula bar shows for the selected cell: its formula, else its value. */
function useCellContent(port: PreviewPort, active: string, selected?: string, version?: number) {
  return React.useMemo(() => {
    if (!selected || !active || !port.workbook.hasSheet(active)) return "";
    return (
      port.workbook.getFormula(active, selected) ??
      displayValue(port.workbook.getValue(active, selected))
    );
  }, [selected, active, version]);
}

export function WorkbookView({ port }: { port: PreviewPort }) {
  const version = useWorkbookVersion(port);
  const sheets = port.workbook.visibleSheetNames();
  const [active, setActive] = useActiveSheet(port, version, sheets);
  const { selected, typed, setTyped, problem, setProblem, select, go } = useSelection(port, active);
  const content = useCellContent(port, active, selected, version);
  const activate = (name: string) => {
    setActive(name);
    setProblem(undefined);
  };

  return (
    <section className="buku-kerja" aria-labelledby="judul-buku-kerja">
      <h2 id="judul-buku-kerja" className="sr-only">
        {teksPratinjau.bukuKerja}
      </h2>
      <FormulaBar typed={typed} content={content} onType={setTyped} onGo={go} />
      <CellEditor port={port} sheet={active} cell={selected} onProblem={setProblem} />
      <ErrorLine key={version} port={port} sheet={active} cell={selected} />
      <div role="alert" className="masalah">
        {problem}
      </div>
      {sheets.length === 0 ? (
        <p>{teksPratinjau.kosong}</p>
      ) : (
        <>
          <div
            className="wadah-grid"
            id="lembar-aktif"
            role="tabpanel"
            aria-label={active}
            tabIndex={0}
            onKeyDown={(e) => {
              // The grid itself focused (tabbed into): an arrow enters it at the first input cell.
              if (e.target !== e.currentTarget || !e.key.startsWith("Arrow")) return;
              e.preventDefault();
              e.currentTarget.querySelector<HTMLElement>("td input, td select, td")?.focus();
            }}
          >
            {port.workbook.hasSheet(active) && (
              <SheetGrid
                port={port}
                sheet={active}
                version={version}
                selected={selected}
                onSelect={(cell) => select(cell)}
                onOpenSheet={(sheet) => activate(sheet)}
                onProblem={setProblem}
              />
            )}
          </div>
          <SheetTabs sheets={sheets} active={active} onActivate={activate} />
        </>
      )}
    </section>
  );
}
