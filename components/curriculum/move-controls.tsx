"use client";
// The controls that move a module or a content: the drag handle (pointer, or keyboard with
// Space and the arrows) and the up/down buttons, which do the same one step at a time.
// Each carries `data-move` so the editor can put focus back on it after the list re-renders.
import type { ComponentProps, Ref } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { ChevronDownIcon, MenuIcon } from "@/components/ui/icons";

type DragHandleProps = Omit<ComponentProps<"button">, "children"> & { label: string; ref?: Ref<HTMLButtonElement>; "data-move": string };

export function DragHandle({ label, className, ref, ...props }: DragHandleProps) {
  return (
    <button ref={ref} type="button" className={cx(buttonClasses({ variant: "ghost", size: "sm" }), "cursor-grab touch-none px-1.5 active:cursor-grabbing", className)} {...props}>
      <MenuIcon className="size-4" />
      <span className="sr-only">{label}</span>
    </button>
  );
}

type MoveButtonsProps = { id: string; upLabel: string; downLabel: string; canUp: boolean; canDown: boolean; onUp: () => void; onDown: () => void };

export function MoveButtons({ id, upLabel, downLabel, canUp, canDown, onUp, onDown }: MoveButtonsProps) {
  const classes = cx(buttonClasses({ variant: "secondary", size: "sm" }), "px-1.5");
  return (
    <>
      <button type="button" className={classes} disabled={!canUp} onClick={onUp} title={upLabel} data-move={`${id}-up`}>
        <ChevronDownIcon className="size-4 rotate-180" />
        <span className="sr-only">{upLabel}</span>
      </button>
      <button type="button" className={classes} disabled={!canDown} onClick={onDown} title={downLabel} data-move={`${id}-down`}>
        <ChevronDownIcon className="size-4" />
        <span className="sr-only">{downLabel}</span>
      </button>
    </>
  );
}
