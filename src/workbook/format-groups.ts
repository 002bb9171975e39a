/**
 * The format commands of one sheet, grouped: one `worksheet.getRanges("A1:B2,D4:E5").format` per
 * set of identical props instead of one `getRange(...).format` per plan range. The Office.js actions
 * (a getRange and one per property) dominate the write payload; an extra area costs only its
 * address. RangeAreas.format is ExcelApi 1.9; RangeAreas has no numberFormat and no merge, so
 * those commands stay per range.
 *
 * What ends up in the workbook must not change, so a format joins a group only when:
 * - its props are identical to the group's and name no border: how RangeAreas draws edges (each
 *   area's own, as in the UI, or the union's) is not documented, and bordered ranges are few and
 *   differently styled anyway;
 * - no other format between the group's first member and it conflicts with it: the group is
 *   written where its first member was, so the format moves ahead of those in between. Two
 *   formats conflict when their ranges overlap and they set a property to different values;
 *   formats that do not conflict leave the same cells in either order;
 * - it overlaps no area of the group (what Excel does with overlapping areas is not documented);
 * - the group's address stays within MAX_AREAS_ADDRESS_LENGTH.
 * Pure; other commands keep their place.
 */
import { rangesOverlap, requireA1, type A1Range } from "../template/a1";
import type { RangeFormatProps } from "./cell-format";
import type { SheetCommand } from "./sheet-commands";

/**
 * Longest multi-area address sent. getRange/getRanges take at most 8,192 characters and truncate
 * a longer address ("Troubleshooting Excel add-ins", Range return character limit); getRanges has
 * been reported to refuse addresses near that length (OfficeDev/office-js#5198). A quarter of the
 * limit keeps a wide margin and costs little: a 2,000-character group already holds ~200 areas.
 */
export const MAX_AREAS_ADDRESS_LENGTH = 2000;
export const AREA_SEPARATOR = ",";

/** One format in plan order: its range, what it sets, the group it went to. */
interface Placed {
  box: A1Range;
  sets: Map<string, string>;
  group: Group;
}

interface Group {
  /** Where the group's command goes in the output. */
  slot: number;
  /** Index, among the sheet's formats in plan order, of the group's first member. */
  first: number;
  props: RangeFormatProps;
  addresses: string[];
  boxes: A1Range[];
  length: number;
}

/** The props as a canonical string: identical props give the same key whatever their key order. */
export function propsKey(props: RangeFormatProps): string {
  const keys = new Set<string>();
  const collect = (value: unknown): void => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) {
        keys.add(k);
        collect(v);
      }
    }
  };
  collect(props);
  return JSON.stringify(props, [...keys].sort());
}

/** Each property the props set, by path ("font.bold"), with its value as JSON. */
function propertySets(props: RangeFormatProps): Map<string, string> {
  const sets = new Map<string, string>();
  for (const [key, value] of Object.entries(props)) {
    if (key === "font") {
      for (const [k, v] of Object.entries(value as object))
        sets.set(`font.${k}`, JSON.stringify(v));
    } else sets.set(key, JSON.stringify(value)); // borders: the edge list, compared whole
  }
  return sets;
}

function conflict(a: Omit<Placed, "group">, b: Omit<Placed, "group">): boolean {
  if (!rangesOverlap(a.box, b.box)) return false;
  for (const [path, value] of a.sets) {
    const other = b.sets.get(path);
    if (other !== undefined && other !== value) return true;
  }
  return false;
}

function canJoin(
  group: Group,
  address: string,
  format: Omit<Placed, "group">,
  placed: Placed[],
  maxLength: number
): boolean {
  if (group.length + AREA_SEPARATOR.length + address.length > maxLength) return false;
  if (group.boxes.some((b) => rangesOverlap(b, format.box))) return false;
  for (let k = group.first + 1; k < placed.length; k++) {
    if (placed[k].group !== group && conflict(placed[k], format)) return false;
  }
  return true;
}

/** `commands` with their format commands grouped as described above. */
export function groupFormats(
  commands: SheetCommand[],
  maxLength = MAX_AREAS_ADDRESS_LENGTH
): SheetCommand[] {
  const out: SheetCommand[] = [];
  const groups: Group[] = [];
  const placed: Placed[] = [];
  const latest = new Map<string, Group>();
  for (const command of commands) {
    if (command.kind !== "format") {
      out.push(command);
      continue;
    }
    const box = requireA1(command.address);
    const format = { box, sets: propertySets(command.props) };
    const key = command.props.borders === undefined ? propsKey(command.props) : undefined;
    const open = key === undefined ? undefined : latest.get(key);
    let group: Group;
    if (open && canJoin(open, command.address, format, placed, maxLength)) {
      group = open;
      group.addresses.push(command.address);
      group.boxes.push(box);
      group.length += AREA_SEPARATOR.length + command.address.length;
    } else {
      group = {
        slot: out.length,
        first: placed.length,
        props: command.props,
        addresses: [command.address],
        boxes: [box],
        length: command.address.length,
      };
      groups.push(group);
      out.push(command);
      if (key !== undefined) latest.set(key, group);
    }
    placed.push({ ...format, group });
  }
  for (const g of groups) {
    if (g.addresses.length > 1)
      out[g.slot] = {
        kind: "formatAreas",
        address: g.addresses.join(AREA_SEPARATOR),
        props: g.props,
      };
  }
  return out;
}
