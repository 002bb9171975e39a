/** @jest-environment jsdom */
/**
 * The pane's year field with the shared year rule: what is typed stays as typed (a pasted "20255" is
 * not cut to 2025 by a length limit) and a year out of range is refused with the rule's message.
 */
import * as React from "react";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { IdentitasForm, type IdentitasField } from "../../src/taskpane/components/IdentitasForm";
import { defaultForm, formProblems, type PaneForm } from "../../src/taskpane/form";

const TODAY = new Date(2025, 4, 17);
const PESAN = "Isi tahun dengan 4 angka, antara 2020 dan 2100.";

/** The form as App holds it: the value as typed, problems shown once a field is left. */
function Harness() {
  const [form, setForm] = React.useState<PaneForm>(defaultForm(TODAY));
  const [left, setLeft] = React.useState<Set<IdentitasField>>(new Set());
  const all = formProblems(form, TODAY);
  const shown = Object.fromEntries(
    Object.entries(all).filter(([field]) => left.has(field as IdentitasField))
  );
  return (
    <IdentitasForm
      form={form}
      problems={shown}
      onChange={(field, value) => setForm((f) => ({ ...f, [field]: value }))}
      onLeave={(field) => setLeft((s) => new Set(s).add(field))}
      inputRefs={{}}
    />
  );
}

afterEach(cleanup);

function tahunInput(): HTMLInputElement {
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>
  );
  return screen.getByLabelText(/^Tahun/) as HTMLInputElement;
}

test("a five-digit year stays as typed and is refused, not cut to four digits", () => {
  const input = tahunInput();
  // A browser cuts typed and pasted text at maxLength: it must leave room for a wrong fifth digit.
  expect(input.maxLength).toBeGreaterThan(4);
  fireEvent.change(input, { target: { value: "20255" } });
  fireEvent.blur(input);
  expect(input.value).toBe("20255");
  expect(screen.getByText(PESAN)).toBeTruthy();
});

test.each(["2019", "2101", "25", "2O25"])("%s is refused with the rule's message", (typed) => {
  const input = tahunInput();
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.blur(input);
  expect(screen.getByText(PESAN)).toBeTruthy();
});

test("a year in range, with spaces around it, is accepted", () => {
  const input = tahunInput();
  fireEvent.change(input, { target: { value: " 2026 " } });
  fireEvent.blur(input);
  expect(screen.queryByText(PESAN)).toBeNull();
});
