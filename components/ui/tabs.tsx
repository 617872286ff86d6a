"use client";
// Tabs as the ARIA pattern has them: one tab stop for the list, arrows, Home and End move
// between tabs and show their panel. Every panel stays mounted (hidden when not shown), so
// form fields in a hidden panel keep their values and still submit.
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import { cx } from "./cx";

export type Tab = { id: string; label: ReactNode; panel: ReactNode };

type TabsProps = {
  tabs: readonly Tab[];
  /** Names the tab list for screen readers. */
  label: string;
  defaultTab?: string;
  onChange?: (id: string) => void;
  className?: string;
};

export function Tabs({ tabs, label, defaultTab, onChange, className }: TabsProps) {
  const base = useId();
  const [selected, setSelected] = useState(defaultTab ?? tabs[0]?.id);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const select = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    setSelected(tab.id);
    onChange?.(tab.id);
    buttons.current[tabs.indexOf(tab)]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(to);
  };

  return (
    <div className={className}>
      <div role="tablist" aria-label={label} className="flex gap-1 border-b border-slate-200">
        {tabs.map((tab, index) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(node) => void (buttons.current[index] = node)}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`${base}-panel-${tab.id}`}
              tabIndex={active ? 0 : -1}
              onClick={() => select(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={cx(
                "focus-ring -mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium transition-colors",
                active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
              )}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="pt-4"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
