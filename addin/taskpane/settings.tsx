/**
 * What the workbook keeps for the pane (in its custom XML part, never sent anywhere): the CAO and
 * policy overrides (Settings tab) and the hirer pay profiles (Profiles tab). Loaded once when the
 * pane opens and shared by every tab, so a change in Settings counts in the next check at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Cao } from '@backofficer/core';
import { COST_KEY, readCostChoices, type CostChoices } from './engine/margin.js';
import { PROFILES_KEY, readStoredProfiles, type ProfileInput } from './engine/profiles.js';
import { CAO_KEY, DEFAULT_RULE_SETTINGS, OVERRIDES_KEY, readRuleSettings, type Overrides, type RuleSettings } from './engine/rules.js';
import { useI18n } from './i18n/language.js';
import { errorText, useWorkbook } from './workbook.js';

interface WorkbookSettings {
  loaded: boolean;
  /** Loading failed (e.g. the settings part is unreadable): shown once, defaults used. */
  error: string | undefined;
  rules: RuleSettings;
  profiles: ProfileInput[];
  /** The employer's cost choices behind the payroll cost (margin, forecast). */
  cost: CostChoices;
  saveCao(cao: Cao): Promise<void>;
  saveCost(cost: CostChoices): Promise<void>;
  saveOverrides(overrides: Overrides): Promise<void>;
  saveProfiles(profiles: ProfileInput[]): Promise<void>;
}

const SettingsContext = createContext<WorkbookSettings | null>(null);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const { port } = useWorkbook();
  const { lang, t } = useI18n();
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [rules, setRules] = useState<RuleSettings>(DEFAULT_RULE_SETTINGS);
  const [profiles, setProfiles] = useState<ProfileInput[]>([]);
  const [cost, setCost] = useState<CostChoices>({});

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [cao, overrides, stored, costs] = await Promise.all([
          port.getSetting(CAO_KEY), port.getSetting(OVERRIDES_KEY), port.getSetting(PROFILES_KEY), port.getSetting(COST_KEY),
        ]);
        if (!live) return;
        setRules(readRuleSettings(cao, overrides));
        setProfiles(readStoredProfiles(stored));
        setCost(readCostChoices(costs));
      } catch (e) {
        if (live) setError(errorText(e, lang) ?? t('common.unexpected', { message: e instanceof Error ? e.message : String(e) }));
      } finally {
        if (live) setLoaded(true);
      }
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per workbook
  }, [port]);

  const saveCao = useCallback(async (cao: Cao) => {
    await port.setSetting(CAO_KEY, cao);
    setRules((r) => ({ ...r, cao }));
  }, [port]);
  const saveOverrides = useCallback(async (overrides: Overrides) => {
    await port.setSetting(OVERRIDES_KEY, Object.keys(overrides).length > 0 ? overrides : undefined);
    setRules((r) => ({ ...r, overrides }));
  }, [port]);
  const saveCost = useCallback(async (next: CostChoices) => {
    await port.setSetting(COST_KEY, Object.keys(next).length > 0 ? next : undefined);
    setCost(next);
  }, [port]);
  const saveProfiles = useCallback(async (next: ProfileInput[]) => {
    await port.setSetting(PROFILES_KEY, next);
    setProfiles(next);
  }, [port]);

  const value = useMemo<WorkbookSettings>(
    () => ({ loaded, error, rules, profiles, cost, saveCao, saveCost, saveOverrides, saveProfiles }),
    [loaded, error, rules, profiles, cost, saveCao, saveCost, saveOverrides, saveProfiles],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useWorkbookSettings(): WorkbookSettings {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useWorkbookSettings outside SettingsProvider');
  return value;
}
