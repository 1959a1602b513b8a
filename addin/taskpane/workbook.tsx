/**
 * The pane's access to the workbook: a WorkbookPort from context (Excel inside Office, the fake in
 * the preview and tests), plus a small hook for running a workbook action with busy/error state.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WorkbookPort } from '../office/port.js';
import { EngineClient } from './engine/client.js';
import { useI18n } from './i18n/language.js';
import type { Lang } from './i18n/messages.js';

export type HostKind = 'excel' | 'preview';

interface WorkbookContextValue {
  port: WorkbookPort;
  host: HostKind;
  /** Runs the heavy work (control list, margin, forecast) off the pane's thread. */
  engine: EngineClient;
}

const WorkbookContext = createContext<WorkbookContextValue | null>(null);

export function WorkbookProvider(props: { port: WorkbookPort; host: HostKind; engine?: EngineClient; children: ReactNode }) {
  const [own] = useState(() => props.engine ?? new EngineClient());
  useEffect(() => () => own.dispose(), [own]);
  const value = useMemo(() => ({ port: props.port, host: props.host, engine: own }), [props.port, props.host, own]);
  return <WorkbookContext.Provider value={value}>{props.children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookContextValue {
  const value = useContext(WorkbookContext);
  if (!value) throw new Error('useWorkbook outside WorkbookProvider');
  return value;
}

/** An error in the user's language: our errors carry Dutch and English texts (core's and WorkbookError). */
export function errorText(error: unknown, lang: Lang): string | undefined {
  if (error && typeof error === 'object' && 'texts' in error) {
    const texts = (error as { texts: unknown }).texts;
    if (texts && typeof texts === 'object' && lang in texts) {
      const text = (texts as Record<string, unknown>)[lang];
      if (typeof text === 'string') return text;
    }
  }
  return undefined;
}

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  /** The last failure, already in the user's language. */
  error: string | undefined;
  result: R | undefined;
}

/** Runs a workbook action; one at a time, errors kept as text for a MessageBar. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): Action<A, R> {
  const { lang, t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<R | undefined>();
  const running = useRef(false);
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(true);
      setError(undefined);
      try {
        const r = await action(...args);
        setResult(() => r);
        return r;
      } catch (e) {
        const message = errorText(e, lang) ?? t('common.unexpected', { message: e instanceof Error ? e.message : String(e) });
        setError(message);
        return undefined;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [action, lang, t],
  );
  return { run, busy, error, result };
}
