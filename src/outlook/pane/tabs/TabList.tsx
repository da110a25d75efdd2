/**
 * The pane's tabs, per the WAI-ARIA tab pattern: one tab in the Tab order (roving tabindex), the
 * arrow keys, Home and End move between tabs and show them, each tab names the panel it controls.
 */
import { useRef } from 'preact/hooks';

export type TabItem<Id extends string> = { id: Id; label: string };

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

export function TabList<Id extends string>(props: { tabs: TabItem<Id>[]; selected: Id; label: string; onSelect: (id: Id) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const { tabs, selected } = props;
  const move = (index: number) => {
    const target = tabs[(index + tabs.length) % tabs.length];
    if (!target) return;
    props.onSelect(target.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(target.id)}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const current = tabs.findIndex((tab) => tab.id === selected);
    const keys: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    move(next);
  };
  return (
    <div role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown} class="tablist">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          id={tabId(tab.id)}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => props.onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
