import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { hostStatus, type HostStatus } from "./host";

function render(host: HostStatus) {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
}

// office.js is absent when the page is opened in a plain browser (no Office, or offline).
if (typeof Office === "undefined") render(hostStatus(undefined));
else Office.onReady((info) => render(hostStatus(info)));
