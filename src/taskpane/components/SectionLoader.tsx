/**
 * What a folded section loads with import() when first opened (its texts, its report's lines):
 * "Memuat…" meanwhile, then the section, or the failure said in the section (a chunk missing after
 * an update, the network gone) while the rest of the pane works.
 */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import { teks } from "../teks";
import { OutcomeMessage } from "./OutcomeMessage";

export function SectionLoader<T>(props: {
  load: () => Promise<T>;
  children: (loaded: T) => React.ReactNode;
}) {
  const [loaded, setLoaded] = React.useState<{ t: T }>();
  const [gagal, setGagal] = React.useState<string>();
  const { load } = props;
  React.useEffect(() => {
    let live = true;
    load().then(
      (t) => live && setLoaded({ t }),
      (e: unknown) =>
        live && setGagal(teks.bagianGagalMuat(e instanceof Error ? e.message : String(e)))
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (loaded) return <>{props.children(loaded.t)}</>;
  if (gagal)
    return <OutcomeMessage outcome={{ intent: "error", title: teks.gagalJudul, lines: [gagal] }} />;
  return <Text role="status">{teks.bagianMemuat}</Text>;
}
