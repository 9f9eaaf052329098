// Loads the strict Plotly bundle (no eval / new Function) on demand: it is large, and only the
// two-variable plots need it. Plotly adds <style> elements at run time; under our CSP they need the
// page's nonce, so style elements created while it runs get it (the script itself is loaded with
// the nonce, script-src stays strict).

export type PlotlyApi = {
  react(el: HTMLElement, data: unknown[], layout: unknown, config?: unknown): Promise<unknown>;
  purge(el: HTMLElement): void;
  Plots: { resize(el: HTMLElement): void };
};

let loading: Promise<PlotlyApi> | undefined;

/** The bundle defines `window.Plotly` when it has run. */
const plotlyGlobal = (): PlotlyApi | undefined => (window as unknown as { Plotly?: PlotlyApi }).Plotly;

export function pageNonce(): string {
  const script = document.querySelector('script[nonce]') as HTMLScriptElement | null;
  return script?.nonce || script?.getAttribute('nonce') || '';
}

/** Gives every <style> element created on the page the nonce, so Plotly's inline rules load. */
function nonceStyleElements(nonce: string): void {
  const create = document.createElement.bind(document);
  // createElement is overloaded per tag name; the replacement keeps its behaviour for every tag.
  (document as unknown as { createElement: (tag: string, options?: ElementCreationOptions) => HTMLElement }).createElement = (
    tag: string,
    options?: ElementCreationOptions,
  ) => {
    const el = create(tag, options);
    if (String(tag).toLowerCase() === 'style') el.setAttribute('nonce', nonce);
    return el;
  };
}

export function loadPlotly(): Promise<PlotlyApi> {
  const ready = plotlyGlobal();
  if (ready) return Promise.resolve(ready);
  if (loading) return loading;
  const src = document.body.dataset.plotly;
  loading = new Promise<PlotlyApi>((resolve, reject) => {
    if (!src) return reject(new Error('The plot library is not available in this view'));
    const nonce = pageNonce();
    nonceStyleElements(nonce);
    const script = document.createElement('script');
    script.nonce = nonce;
    script.src = src;
    script.onload = () => {
      const api = plotlyGlobal();
      if (api) resolve(api);
      else reject(new Error('Plotly did not load'));
    };
    script.onerror = () => reject(new Error('Could not load the plot library'));
    document.head.append(script);
  });
  return loading;
}
