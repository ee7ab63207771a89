// Each editor driven by a few hundred random acts — adds, removes, moves, selects, typing, pastes and
// undos, on whatever controls it shows at that moment — then: the page is alive (a figure typed still
// computes), the draft is saved and opens again after a reload as it was left, and no error was logged
// (the harness fails a test on any page or console error). The seed is printed and can be set with
// FUZZ_SEED to replay a failure; FUZZ_STEPS sets the number of acts; FUZZ_TRACE=1 prints each act and
// each page error as it happens, to find the act that caused one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, typeInto, expectText, total, withBrowserAndSite, loadExample } from "./harness.mjs";

const app = withBrowserAndSite("/");
const STEPS = Number(process.env.FUZZ_STEPS ?? 250);
// A control re-rendered away between being listed and being used fails fast instead of waiting.
const QUICK = 2000;

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { below: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100000);
console.log(`editors fuzz: FUZZ_SEED=${SEED} FUZZ_STEPS=${STEPS}`);

/** What people type and paste: figures in every spelling, text, junk, nothing. */
const TEXTS = [
  "", "8", "０．５", "12,345.6万元", "-3", "≥95%", "x=0 → 8分；x>0 → 0分", "满意度", "abc", "１００", "\t", "80%", "1e9",
  "指标\t8\t≥90%", "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t户数\t≥3户\n\t质量指标\t准确率\t100%", "/", "效果明显",
];

/**
 * One random act on a control of `scope` (a selector): a click on an enabled button, an option chosen,
 * text typed or pasted into a text box. Returns a short description for the failure message.
 */
async function act(page, scope, rnd) {
  const controls = await page.locator(`${scope} :is(button:not([disabled]), select, input:not([type=file]):not([type=checkbox]), textarea, input[type=checkbox])`).all();
  if (controls.length === 0) return "nothing to act on";
  const control = rnd.pick(controls);
  const kind = await control.evaluate((e) => (e.tagName === "INPUT" ? `input:${e.type}` : e.tagName.toLowerCase()));
  const name = await control.evaluate((e) => e.dataset.field || e.dataset.action || e.dataset.rowAction || e.textContent.trim().slice(0, 12));
  if (!(await control.isVisible())) return `skipped hidden ${name}`;
  if (kind === "button" || kind === "input:checkbox") {
    await control.click({ timeout: QUICK });
    return `click ${name}`;
  }
  if (kind === "select") {
    const values = await control.locator("option").evaluateAll((options) => options.map((o) => o.value));
    const value = rnd.pick(values);
    await control.selectOption(value, { timeout: QUICK });
    return `choose ${name}=${value}`;
  }
  const text = rnd.pick(TEXTS);
  if (rnd.below(3) === 0) {
    // A paste, as the browser delivers one: a paste event carrying the text, then the text inserted.
    await control.focus({ timeout: QUICK });
    await control.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    if (await control.isVisible().catch(() => false)) await page.keyboard.insertText(text);
    return `paste ${name}`;
  }
  await control.fill("", { timeout: QUICK });
  await control.pressSequentially(text, { timeout: QUICK });
  return `type ${name}=${JSON.stringify(text)}`;
}

/** The stored document of the draft on screen, once saving has settled. */
async function storedDraft(page) {
  await page.locator('.save-status[data-state="saved"]').waitFor({ state: "attached" });
  return page.evaluate(() => {
    const id = localStorage.getItem("jixiao.last-opened");
    const text = localStorage.getItem(`jixiao.draft.${id}`);
    return text && { id, fields: JSON.parse(text).fields };
  });
}

/** The page still computes: figures typed into the form show in 基本支出. */
async function expectAlive(page) {
  await page.click('[data-action="show-form"]');
  await typeInto(page, "spend.personnel", "1");
  await typeInto(page, "spend.public", "2");
  await typeInto(page, "spend.basic_other", "3");
  await expectText(total(page, "basic"), "6.00");
}

/** Drives `scope` for STEPS acts (opening it with `open` whenever it is gone), then checks the page. */
async function fuzz(page, scope, open, rnd) {
  const log = [];
  if (process.env.FUZZ_TRACE) page.on("pageerror", (error) => console.log("page error:", String(error)));
  for (let step = 0; step < STEPS; step++) {
    if (!(await page.locator(scope).first().isVisible())) await open();
    try {
      log.push(await act(page, scope, rnd));
      if (process.env.FUZZ_TRACE) console.log(step, log.at(-1));
    } catch (error) {
      // A control that went away between being listed and being used (a re-render): a user would
      // simply use the next one. Anything the page logged is still caught by the harness.
      log.push(`gone: ${error.message.split("\n")[0]}`);
    }
  }
  return log;
}

test("the rubric editor survives a few hundred random edits", async () => {
  const rnd = random(SEED);
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  const open = async () => {
    await page.click('[data-action="show-form"]');
    if (await page.locator('[data-action="edit-rubric"]').isVisible()) await page.click('[data-action="edit-rubric"]');
    await page.locator(".rubric-editor [data-rubric-row], .rubric-editor [data-action=add-rubric-row]").first().waitFor();
  };
  await open();
  const log = await fuzz(page, ".rubric-editor", open, rnd);
  const rows = await page.locator(".rubric-editor [data-rubric-row]").count();
  await page.click('[data-action="finish-rubric"]');

  await expectAlive(page);
  const before = await storedDraft(page);
  await page.reload();
  await total(page, "basic").waitFor();
  await expectText(total(page, "basic"), "6.00");
  assert.deepEqual(await storedDraft(page), before, `the draft reads back as stored (last acts: ${log.slice(-8).join("; ")})`);
  await page.click('[data-action="edit-rubric"]');
  await page.locator(".rubric-editor [data-action=add-rubric-row]").waitFor();
  assert.equal(await page.locator(".rubric-editor [data-rubric-row]").count(), rows, "the rubric's rows are all there");
  await context.close();
});

test("the drafts panel survives a few hundred random acts", async () => {
  const rnd = random(SEED + 1);
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  const open = () => page.click('[data-action="show-drafts"]');
  await open();
  // Exporting opens a download and importing a file picker: both have tests of their own.
  const scope = ".drafts-panel";
  await page.addStyleTag({ content: '[data-action="export-draft"], [data-action="download-kept"] { display: none !important; }' });
  const log = await fuzz(page, scope, open, rnd);

  await expectAlive(page);
  const before = await storedDraft(page);
  await page.reload();
  await expectText(total(page, "basic"), "6.00");
  assert.deepEqual(await storedDraft(page), before, `the draft reads back as stored (last acts: ${log.slice(-8).join("; ")})`);
  await context.close();
});

test("the project grid survives a few hundred random edits, pastes and undos", async () => {
  const rnd = random(SEED + 2);
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  const open = async () => {
    await page.click('[data-action="show-projects"]');
    await page.locator("[data-project-eval]").first().waitFor();
  };
  await open();
  const log = await fuzz(page, ".projects-screen", open, rnd);
  const rows = await page.locator("[data-project-eval] [data-indicator-row]").count();

  await expectAlive(page);
  const before = await storedDraft(page);
  await page.reload();
  await expectText(total(page, "basic"), "6.00");
  assert.deepEqual(await storedDraft(page), before, `the draft reads back as stored (last acts: ${log.slice(-8).join("; ")})`);
  await open();
  assert.equal(await page.locator("[data-project-eval] [data-indicator-row]").count(), rows, "every grid row is there");
  await context.close();
});
