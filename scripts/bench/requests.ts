/**
 * What the benches of the pane's actions through Microsoft's real client report of one call: its
 * syncs with each request's size, the largest request and response, and the adapter's time.
 */
import type { OfficeHost } from "../../test/support/office-js/host";
import type { Figure } from "./types";

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Records the size of every response `host` gives from now on, in the list returned. */
export function responsesOf(host: OfficeHost): number[] {
  const responses: number[] = [];
  const respond = host.respond.bind(host);
  host.respond = (text) => {
    const answer = respond(text);
    responses.push(Buffer.byteLength(answer.body));
    return answer;
  };
  return responses;
}

/** The figures of one call named `n`: its requests' bytes, its responses' bytes, its time. */
export function requestFigures(
  n: string,
  requests: { bytes: number }[],
  responses: number[],
  ms: number,
  budgetNote?: string
): Figure[] {
  const largest: Figure = {
    name: `${n}: largest request`,
    value: Math.max(...requests.map((r) => r.bytes)),
    unit: "bytes",
  };
  if (budgetNote) largest.note = budgetNote;
  return [
    {
      name: `${n}: syncs`,
      value: requests.length,
      unit: "syncs",
      note: requests.map((r) => kb(r.bytes)).join(" + "),
    },
    largest,
    {
      name: `${n}: largest response`,
      value: Math.max(...responses),
      unit: "bytes",
      note: responses.map(kb).join(" + "),
    },
    { name: `${n}: adapter time`, value: Math.round(ms), unit: "ms" },
  ];
}
