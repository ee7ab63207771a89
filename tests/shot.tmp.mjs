import { launch, serve, openApp, loadExample } from "/work/main/tests/e2e/harness.mjs";
const browser = await launch();
const server = await serve("/");
for (const [name, width, height] of [["desktop", 1366, 768], ["phone", 390, 844]]) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const { page } = await openApp(context, server.url);
  await loadExample(page);
  await page.locator(".projects").screenshot({ path: `/tmp/lead/shots/${name}-projects.png` });
  await page.locator(".score-table.rows").screenshot({ path: `/tmp/lead/shots/${name}-scoretable.png` });
  await page.locator('[data-field="budget.initial"]').click();
  await page.screenshot({ path: `/tmp/lead/shots/${name}-typing.png` });
  await context.close();
}
await browser.close(); await server.close();
