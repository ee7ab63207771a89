// The yardstick's probe (its README): from the moment 人员经费 exists, set it and dispatch an input event
// every 2 ms until 基本支出 shows the figure; that moment is “interactive”. Also records the Wasm memory.
export const interactiveProbe = () => {
  window.addEventListener("TrunkApplicationStarted", (event) => (window.__wasm = event.detail.wasm));
  window.__interactiveAt = new Promise((done) => {
    const timer = setInterval(() => {
      const input = document.querySelector('[data-field="spend.personnel"]');
      if (!input) return;
      if (document.querySelector('[data-total="basic"]')?.textContent.trim() === "123.45") {
        clearInterval(timer);
        window.__interactive = performance.now();
        done(window.__interactive);
        return;
      }
      input.value = "123.45";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }, 2);
  });
};
