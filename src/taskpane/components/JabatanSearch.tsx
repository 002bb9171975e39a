/**
 * Type-ahead over nama, tugas and indikator: a search field and the jabatan it finds (with why,
 * for a near spelling or an abbreviation), arrow keys between them.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Jabatan, SearchHit } from "../../catalog";
import { useKatalog } from "../katalog-context";
import { teks } from "../teks";
import { namaJabatan, tempatJabatan } from "./nama-jabatan";
import { TextField } from "./TextField";

const MAKS_HASIL = 8;

const useStyles = makeStyles({
  results: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  result: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  resultText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  resultBidang: { color: tokens.colorNeutralForeground3 },
  resultAlasan: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

export interface JabatanSearchProps {
  disabled?: boolean;
  /** Without the hint (a jabatan is chosen: the way on is the identity, not the search). */
  ringkas?: boolean;
  onJabatan(jabatan: Jabatan): void;
}

/** Focus moves over the result buttons with the arrow keys, wrapping at both ends. */
function useResultFocus() {
  const listRef = React.useRef<HTMLUListElement>(null);
  const buttons = () => [...(listRef.current?.querySelectorAll("button") ?? [])];
  const focusResult = (index: number) => {
    const all = buttons();
    if (all.length > 0) all[(index + all.length) % all.length].focus();
  };
  const onListKey = (e: React.KeyboardEvent) => {
    const i = buttons().indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown") focusResult(i + 1);
    else if (e.key === "ArrowUp") focusResult(i - 1);
    else return;
    e.preventDefault();
  };
  return { listRef, focusResult, onListKey };
}

export function JabatanSearch({ disabled, ringkas, onJabatan }: JabatanSearchProps) {
  const [query, setQuery] = React.useState("");
  const words = query.trim();
  const katalog = useKatalog();
  const hasil = React.useMemo(
    () => (words.length >= 2 ? katalog.findJabatan(words, MAKS_HASIL) : []),
    [words, katalog]
  );
  const focus = useResultFocus();
  return (
    <>
      <TextField
        type="search"
        label={teks.cari}
        hint={ringkas ? undefined : teks.cariPetunjuk}
        value={query}
        disabled={disabled}
        autoComplete="off"
        enterKeyHint="search"
        onValue={setQuery}
        onKeyDown={(e) => {
          // The search sits in the main path's form: Enter here must not insert a sheet.
          if (e.key === "Enter") e.preventDefault();
          if (e.key === "ArrowDown" && hasil.length > 0) {
            e.preventDefault();
            focus.focusResult(0);
          }
        }}
      />
      <div role="status" aria-live="polite">
        {words.length >= 2 && <Text size={200}>{teks.cariHasil(hasil.length, words)}</Text>}
      </div>
      {hasil.length > 0 && (
        <SearchResults
          hasil={hasil}
          disabled={disabled}
          focus={focus}
          onPick={(j) => {
            onJabatan(j);
            setQuery("");
          }}
        />
      )}
    </>
  );
}

function SearchResults(props: {
  hasil: SearchHit[];
  disabled?: boolean;
  focus: ReturnType<typeof useResultFocus>;
  onPick(jabatan: Jabatan): void;
}) {
  const styles = useStyles();
  const { listRef, onListKey } = props.focus;
  return (
    <ul className={styles.results} aria-label={teks.cariDaftar} ref={listRef} onKeyDown={onListKey}>
      {props.hasil.map(({ jabatan: j, reasons }) => (
        <li key={j.id}>
          <Button
            appearance="subtle"
            className={styles.result}
            disabled={props.disabled}
            onClick={() => props.onPick(j)}
          >
            <span className={styles.resultText}>
              <span>{namaJabatan(j)}</span>
              <Text size={200} className={styles.resultBidang}>
                {tempatJabatan(j)}
              </Text>
              {reasons.length > 0 && (
                <Text size={200} className={styles.resultAlasan}>
                  {reasons.map(teks.cariAlasan).join("; ")}
                </Text>
              )}
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
