/** The Settings tab, loaded when opened: the template previews (and the templates they render) stay out of the pane's first paint. */
import { settingsStrings } from '../settings-strings';
import { lazyPanel } from './lazy-panel';
import type { SettingsTabProps } from './SettingsTabBody';

export const SettingsTab = lazyPanel<SettingsTabProps>(
  async () => (await import(/* webpackChunkName: "settings" */ './SettingsTabBody')).SettingsTabBody,
  (language) => settingsStrings[language].loading,
);
