/**
 * Who may read from the dev server across origins: Office on the web (its https hosts), and no one
 * else: not a look-alike host, not http, not a port, not a missing or malformed Origin.
 */
import { corsHeaders, isOfficeOrigin } from "../../scripts/dev-server";

test.each([
  "https://excel.officeapps.live.com",
  "https://excel.cloud.microsoft",
  "https://www.office.com",
  "https://contoso.sharepoint.com",
  "https://contoso-my.sharepoint.com",
  "https://outlook.office365.com",
])("%s is Office on the web", (origin) => {
  expect(isOfficeOrigin(origin)).toBe(true);
  expect(corsHeaders(origin)["Access-Control-Allow-Origin"]).toBe(origin);
});

test.each([
  "http://excel.officeapps.live.com",
  "https://excel.officeapps.live.com:8443",
  "https://officeapps.live.com.contoh.invalid",
  "https://evilofficeapps.live.com",
  "https://notoffice.com",
  "https://contoh.invalid",
  "null",
  "",
  "https://excel.officeapps.live.com/path",
])("%j is not", (origin) => {
  expect(isOfficeOrigin(origin)).toBe(false);
  expect(corsHeaders(origin)["Access-Control-Allow-Origin"]).toBeUndefined();
});

test("every answer says it varies by Origin, so a cache never serves one origin's header to another", () => {
  expect(corsHeaders(undefined)).toEqual({ Vary: "Origin" });
  expect(corsHeaders("https://www.office.com").Vary).toBe("Origin");
});
