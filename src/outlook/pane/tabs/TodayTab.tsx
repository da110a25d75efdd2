/** The "Aujourd'hui" tab, loaded when opened: the plan of the day and the import stay out of the pane's first paint. */
import { todayStrings } from '../today-strings';
import { lazyPanel } from './lazy-panel';
import type { TabProps } from './tab-props';

export const TodayTab = lazyPanel<TabProps>(async () => (await import(/* webpackChunkName: "today" */ './TodayTabBody')).TodayTabBody, (language) => todayStrings[language].loading);
