/** Choosing a jabatan: by words (type-ahead over nama, tugas and indikator) or by bidang then jabatan. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Jabatan } from "../../catalog";
import { useKatalog } from "../katalog-context";
import { teks } from "../teks";
import { JabatanSearch } from "./JabatanSearch";
import { namaJabatan } from "./nama-jabatan";
import { NativeSelect } from "./NativeSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface JabatanPickerProps {
  bidang: string;
  jabatanId: string;
  disabled?: boolean;
  onBidang(bidang: string): void;
  onJabatan(jabatan: Jabatan): void;
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

/**
 * A result chosen in the search disappears with the list; focus goes to the jabatan list, which
 * now shows the choice (and says it to a screen reader), instead of dropping to the page body.
 */
function useFocusAfterSearch(onJabatan: (j: Jabatan) => void) {
  const selectRef = React.useRef<HTMLSelectElement>(null);
  // Counts the choices made in the search: the effect runs after the render that shows each.
  const [picked, setPicked] = React.useState(0);
  React.useEffect(() => {
    if (picked > 0) selectRef.current?.focus();
  }, [picked]);
  const fromSearch = (j: Jabatan) => {
    onJabatan(j);
    setPicked((n) => n + 1);
  };
  return { selectRef, fromSearch };
}

export function JabatanPicker({
  bidang,
  jabatanId,
  disabled,
  onBidang,
  onJabatan,
}: JabatanPickerProps) {
  const styles = useStyles();
  const katalog = useKatalog();
  const focus = useFocusAfterSearch(onJabatan);
  const semuaBidang = React.useMemo(() => katalog.listBidang(), [katalog]);
  const daftar = React.useMemo(
    () => (bidang ? katalog.jabatanInBidang(bidang) : []),
    [bidang, katalog]
  );
  return (
    <div className={styles.root}>
      <JabatanSearch disabled={disabled} ringkas={!!jabatanId} onJabatan={focus.fromSearch} />
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
        selectRef={focus.selectRef}
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
