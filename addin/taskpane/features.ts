/**
 * The tabs of the pane. A feature issue replaces its placeholder panel here; panels get the
 * workbook through useWorkbook() and texts through useI18n(), nothing else.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/messages.js';
import { ControlListPanel } from './panels/ControlListPanel.js';
import { ForecastPanel } from './panels/ForecastPanel.js';
import { MarginPanel } from './panels/MarginPanel.js';
import { ProfilesPanel } from './panels/ProfilesPanel.js';
import { SettingsPanel } from './panels/SettingsPanel.js';

export type FeatureId = 'control' | 'margin' | 'forecast' | 'profiles' | 'settings';

export interface Feature {
  id: FeatureId;
  label: MessageKey;
  Panel: ComponentType;
}

export const features: readonly Feature[] = [
  { id: 'control', label: 'tab.control', Panel: ControlListPanel },
  { id: 'margin', label: 'tab.margin', Panel: MarginPanel },
  { id: 'forecast', label: 'tab.forecast', Panel: ForecastPanel },
  { id: 'profiles', label: 'tab.profiles', Panel: ProfilesPanel },
  { id: 'settings', label: 'tab.settings', Panel: SettingsPanel },
];
