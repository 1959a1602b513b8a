/** Renders the pane into a page element (used by the Office entry and the preview). */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App, type AppProps } from './App.js';

export function mountPane(element: HTMLElement, props: AppProps): Root {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
  return root;
}
