import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ExcelWorkbook } from "../workbook/excel-adapter";
import { setActiveCatalog } from "../functions/active-catalog";
import { App } from "./App";
import { hostStatus, officeStorage, officeThemeKind, type HostStatus } from "./office-host";

function render(host: HostStatus) {
  const container = document.getElementById("container");
  if (!container) return;
  const port = new ExcelWorkbook();
  const theme = officeThemeKind() === "dark" ? webDarkTheme : webLightTheme;
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App port={port} storage={officeStorage()} host={host} onKatalog={setActiveCatalog} />
    </FluentProvider>
  );
}

// office.js is absent when the page is opened in a plain browser (no Office, or offline): the
// adapter's support check then explains that the pane needs Excel.
if (typeof Office === "undefined") render(hostStatus(undefined));
else Office.onReady((info) => render(hostStatus(info)));
