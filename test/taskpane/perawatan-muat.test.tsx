/** @jest-environment jsdom */
/**
 * The section "Perawatan lembar IKI" when its texts cannot be loaded (a chunk missing after an
 * update, the network gone): the failure is said in the section, the rest of the pane works.
 */
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { memoryStorage } from "../../src/taskpane/storage";
import type { LaporanAksi } from "../../src/lifecycle/types";
import { EmptyPort } from "../support/fake-port";

jest.mock("../../src/taskpane/teks-perawatan", () => {
  throw new Error("Loading chunk 64 failed");
});

class FakePort extends EmptyPort {
  calls = 0;
  async rawatLembar(): Promise<LaporanAksi> {
    this.calls++;
    throw new Error("not called");
  }
}

afterEach(cleanup);

test("a section whose texts fail to load says so; nothing is asked of the workbook", async () => {
  const port = new FakePort();
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} storage={memoryStorage({})} today={new Date(2025, 4, 17)} saveDelay={0} />
    </FluentProvider>
  );
  const heading = await screen.findByRole("heading", { name: "Perawatan lembar IKI" });
  await act(async () => {
    fireEvent.click(within(heading).getByRole("button"));
  });
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(
    /^GagalBagian ini tidak dapat dimuat \(Loading chunk 64 failed\)\. Tutup dan buka lagi panel ini/
  );
  expect(screen.queryByRole("button", { name: "Perbarui lembar ke katalog" })).toBeNull();
  expect(screen.getByRole("button", { name: "Sisipkan lembar jabatan ini" })).toHaveProperty(
    "disabled",
    false
  );
  expect(port.calls).toBe(0);
});
