/** Choosing a jabatan: by words (type-ahead over nama, tugas and indikator) or by bidang then jabatan. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { jabatanInBidang, listBidang, searchJabatan, type Jabatan } from "../../catalog";
import { titleCase } from "../../template/sheet-names";
import { teks } from "../teks";
import { NativeSelect } from "./NativeSelect";
import { TextField } from "./TextField";

const MAKS_HASIL = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
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
});

export function namaJabatan(j: Jabatan): string {
  return titleCase(j.nama);
}

export interface JabatanPickerProps {
  bidang: string;
  jabatanId: string;
  disabled?: boolean;
  onBidang(bidang: string): void;
  onJabatan(jabatan: Jabatan): void;
}

function JabatanSearch({
  disabled,
  onJabatan,
}: Pick<JabatanPickerProps, "disabled" | "onJabatan">) {
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const words = query.trim();
  const hasil = React.useMemo(
    () => (words.length >= 2 ? searchJabatan(words, MAKS_HASIL) : []),
    [words]
  );
  const listRef = React.useRef<HTMLUListElement>(null);

  const focusResult = (index: number) => {
    const buttons = listRef.current?.querySelectorAll("button");
    if (buttons && buttons.length > 0) buttons[(index + buttons.length) % buttons.length].focus();
  };
  const onListKey = (e: React.KeyboardEvent) => {
    const buttons = [...(listRef.current?.querySelectorAll("button") ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === "ArrowDown") focusResult(i + 1);
    else if (e.key === "ArrowUp") focusResult(i - 1);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <TextField
        type="search"
        label={teks.cari}
        hint={teks.cariPetunjuk}
        value={query}
        disabled={disabled}
        autoComplete="off"
        enterKeyHint="search"
        onValue={setQuery}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && hasil.length > 0) {
            e.preventDefault();
            focusResult(0);
          }
        }}
      />
      <div role="status" aria-live="polite">
        {words.length >= 2 && <Text size={200}>{teks.cariHasil(hasil.length, words)}</Text>}
      </div>
      {hasil.length > 0 && (
        <ul
          className={styles.results}
          aria-label={teks.cariDaftar}
          ref={listRef}
          onKeyDown={onListKey}
        >
          {hasil.map((j) => (
            <li key={j.id}>
              <Button
                appearance="subtle"
                className={styles.result}
                disabled={disabled}
                onClick={() => {
                  onJabatan(j);
                  setQuery("");
                }}
              >
                <span className={styles.resultText}>
                  <span>{namaJabatan(j)}</span>
                  <Text size={200} className={styles.resultBidang}>
                    {j.unit ? `${j.unit}, ${j.bidang}` : j.bidang}
                  </Text>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Options of the jabatan list, grouped by unit where the bidang has units (Sekretariat). */
function JabatanOptions({ daftar }: { daftar: Jabatan[] }) {
  const groups: { unit: string | null; jabatan: Jabatan[] }[] = [];
  for (const j of daftar) {
    const last = groups[groups.length - 1];
    if (last && last.unit === j.unit) last.jabatan.push(j);
    else groups.push({ unit: j.unit, jabatan: [j] });
  }
  return (
    <>
      {groups.map((g, i) => {
        const options = g.jabatan.map((j) => (
          <option key={j.id} value={j.id}>
            {namaJabatan(j)}
          </option>
        ));
        return g.unit ? (
          <optgroup key={`${g.unit}-${i}`} label={g.unit}>
            {options}
          </optgroup>
        ) : (
          <React.Fragment key={`tanpa-unit-${i}`}>{options}</React.Fragment>
        );
      })}
    </>
  );
}

export function JabatanPicker({
  bidang,
  jabatanId,
  disabled,
  onBidang,
  onJabatan,
}: JabatanPickerProps) {
  const styles = useStyles();
  const semuaBidang = React.useMemo(() => listBidang(), []);
  const daftar = React.useMemo(() => (bidang ? jabatanInBidang(bidang) : []), [bidang]);
  return (
    <div className={styles.root}>
      <JabatanSearch disabled={disabled} onJabatan={onJabatan} />
      <NativeSelect label={teks.bidang} value={bidang} disabled={disabled} onChange={onBidang}>
        <option value="">{teks.pilihBidang}</option>
        {semuaBidang.map((b) => (
          <option key={b} value={b}>
            {b}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={teks.jabatan}
        hint={bidang ? teks.jumlahJabatan(daftar.length) : undefined}
        value={daftar.some((j) => j.id === jabatanId) ? jabatanId : ""}
        disabled={disabled || daftar.length === 0}
        onChange={(id) => {
          const j = daftar.find((x) => x.id === id);
          if (j) onJabatan(j);
        }}
      >
        <option value="">{teks.pilihJabatan}</option>
        <JabatanOptions daftar={daftar} />
      </NativeSelect>
    </div>
  );
}
