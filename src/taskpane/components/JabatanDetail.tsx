/** The chosen jabatan as the Keputusan describes it: indicators (formula, sumber data), tugas and fungsi. */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Indikator, Jabatan } from "../../catalog";
import { teks } from "../teks";
import { namaJabatan, tempatJabatan } from "./nama-jabatan";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: "anywhere",
  },
  nama: { margin: 0 },
  unit: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  indikator: { marginBottom: tokens.spacingVerticalS },
  facts: { margin: 0, marginTop: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  def: { margin: 0, marginBottom: tokens.spacingVerticalXS },
  summary: {
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
  },
});

function IndikatorItem({ indikator }: { indikator: Indikator }) {
  const styles = useStyles();
  const jenis = teks.jenis[indikator.jenis];
  const satuan = indikator.satuan ? `${indikator.satuan} (${jenis})` : jenis;
  const cara = teks.cara[indikator.agregasi];
  const polaritas = indikator.polaritas === "negatif" ? `; ${teks.polaritasNegatif}` : "";
  return (
    <li className={styles.indikator}>
      <Text weight="semibold" block>
        {indikator.indikator}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{teks.kinerja}</dt>
        <dd className={styles.def}>{indikator.kinerja}</dd>
        <dt className={styles.term}>{teks.formulasi}</dt>
        <dd className={styles.def}>{indikator.formulasi}</dd>
        <dt className={styles.term}>{teks.sumberData}</dt>
        <dd className={styles.def}>{indikator.sumberData}</dd>
        <dt className={styles.term}>{teks.satuan}</dt>
        <dd className={styles.def}>{`${satuan}; ${cara}${polaritas}`}</dd>
      </dl>
    </li>
  );
}

/**
 * Once chosen, the jabatan shows its name and place; the long detail (indicators, tugas, fungsi)
 * is folded behind one line, so that the identity and the insert stay within two screens.
 */
export function JabatanDetail({ jabatan }: { jabatan: Jabatan }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={teks.terpilih(namaJabatan(jabatan))}>
      <Text as="h3" weight="semibold" className={styles.nama}>
        {namaJabatan(jabatan)}
      </Text>
      <Text size={200} className={styles.unit}>
        {tempatJabatan(jabatan)}
      </Text>
      <details>
        <summary className={styles.summary}>
          {teks.rincianJabatan(jabatan.indikator.length, jabatan.tugas.length)}
        </summary>
        <IndikatorList jabatan={jabatan} />
        <TugasFungsi jabatan={jabatan} />
      </details>
    </section>
  );
}

function IndikatorList({ jabatan }: { jabatan: Jabatan }) {
  const styles = useStyles();
  return (
    <>
      <Text weight="semibold" block>
        {teks.indikatorJudul(jabatan.indikator.length)}
      </Text>
      {jabatan.indikator.length === 0 ? (
        <Text>{teks.indikatorKosong}</Text>
      ) : (
        <ol className={styles.list}>
          {jabatan.indikator.map((i) => (
            <IndikatorItem key={i.id} indikator={i} />
          ))}
        </ol>
      )}
    </>
  );
}

function TugasFungsi({ jabatan }: { jabatan: Jabatan }) {
  const styles = useStyles();
  return (
    <>
      <details>
        <summary className={styles.summary}>{teks.tugasJudul(jabatan.tugas.length)}</summary>
        {jabatan.tugas.length === 0 ? (
          <Text>{teks.tugasKosong}</Text>
        ) : (
          <ol className={styles.list} type="a">
            {jabatan.tugas.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ol>
        )}
      </details>
      {jabatan.fungsi && jabatan.fungsi.length > 0 && (
        <details>
          <summary className={styles.summary}>
            {teks.fungsiJabatanJudul(jabatan.fungsi.length)}
          </summary>
          <ol className={styles.list} type="a">
            {jabatan.fungsi.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
