"use client";
// Drag and drop of the outline with dnd-kit: modules among modules, contents within and
// across modules, by pointer or by keyboard (the handle, Space, arrows, Space). While a drag
// is under way the page shows its own copy of the outline, so a content can cross into
// another module under the pointer; the drop hands the final outline and the one move it
// stands for to `onMove`, which sends it to the server.
import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  closestCorners,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type DroppableContainer,
  KeyboardSensor,
  type KeyboardCoordinateGetter,
  PointerSensor,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useRef, useState } from "react";
import { locateContent, moveContent, moveModule, type Outline, type Place } from "./outline";

/** What the outline's drag ids and droppable data name. */
export type DragKind = "module" | "content" | "list";
export const dragId = (kind: DragKind, id: number) => `${kind}-${id}`;
export type DragData = { kind: DragKind; id: number };

const dataOf = (item: { data: { current?: unknown } } | null | undefined) => item?.data.current as DragData | undefined;

/** A content drag targets contents and the drop zones of modules; a module drag, modules. */
const targetsOf = (kind: DragKind | undefined): DragKind[] => (kind === "module" ? ["module"] : ["content", "list"]);

const collisionDetection: CollisionDetection = (args) => {
  const kinds = targetsOf(dataOf(args.active)?.kind);
  const droppableContainers = args.droppableContainers.filter((container) => kinds.includes(dataOf(container)?.kind as DragKind));
  return (kinds.includes("module") ? closestCenter : closestCorners)({ ...args, droppableContainers });
};

// The keyboard moves to the next target of the same kind only (a module's arrow keys never
// land on a content inside the next module).
const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const all = args.context.droppableContainers;
  const kinds = targetsOf(dataOf(args.context.active)?.kind);
  const same = (container: DroppableContainer | undefined) => !!container && kinds.includes(dataOf(container)?.kind as DragKind);
  const droppableContainers = { ...all, get: (id: UniqueIdentifier) => all.get(id), getEnabled: () => all.getEnabled().filter(same) } as typeof all;
  return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers } });
};

export type OutlineMove =
  | { kind: "module"; moduleId: number; index: number }
  | { kind: "content"; contentId: number; moduleId: number; index: number };

type Drag = { data: DragData; from: Place | number; outline: Outline };

export type DragWords = {
  pickedUp: (title: string) => string;
  over: (title: string, place: { position: number; count: number; module?: string }) => string;
  dropped: (title: string, place: { position: number; count: number; module?: string }) => string;
  outside: (title: string) => string;
  cancelled: (title: string) => string;
};

export function useOutlineDrag({ outline, onMove, words }: { outline: Outline; onMove: (next: Outline, move: OutlineMove) => void; words: DragWords }) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const shown = drag?.outline ?? outline;
  // The place last announced: dnd-kit reports "over" at once for the item's own place, which
  // would talk over "picked up"; only a change of place is worth saying.
  const announced = useRef("");

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates }),
  );

  const onDragStart = ({ active }: DragStartEvent) => {
    const data = dataOf(active);
    if (!data) return;
    const from = data.kind === "module" ? outline.findIndex((module) => module.id === data.id) : locateContent(outline, data.id);
    if (from === null) return;
    setDrag({ data, from, outline });
  };

  // Across modules the content changes list as soon as it is over the other one, so the
  // list it enters makes room for it; within a list, sortable's transforms do that.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    const data = dataOf(active);
    const target = dataOf(over);
    if (!drag || !over || data?.kind !== "content" || !target) return;
    const from = locateContent(drag.outline, data.id);
    const to = target.kind === "list" ? { moduleIndex: drag.outline.findIndex((module) => module.id === target.id), index: Infinity } : locateContent(drag.outline, target.id);
    if (!from || !to || to.moduleIndex < 0 || from.moduleIndex === to.moduleIndex) return;
    const translated = active.rect.current.translated;
    const below = !!translated && translated.top > over.rect.top + over.rect.height / 2;
    const entered = drag.outline[to.moduleIndex];
    if (!entered) return;
    const index = Math.min(to.index + (below ? 1 : 0), entered.contents.length);
    setDrag({ ...drag, outline: moveContent(drag.outline, data.id, entered.id, index) });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const data = dataOf(active);
    const target = dataOf(over);
    const current = drag;
    setDrag(null);
    if (!current || !data || !target) return;
    if (data.kind === "module") {
      const index = current.outline.findIndex((module) => module.id === target.id);
      if (index < 0 || index === current.from) return;
      onMove(moveModule(current.outline, data.id, index), { kind: "module", moduleId: data.id, index });
      return;
    }
    const place = locateContent(current.outline, data.id);
    const home = place && current.outline[place.moduleIndex];
    if (!place || !home) return;
    const overPlace = target.kind === "content" ? locateContent(current.outline, target.id) : null;
    const index = overPlace && overPlace.moduleIndex === place.moduleIndex ? overPlace.index : place.index;
    const next = moveContent(current.outline, data.id, home.id, index);
    const from = current.from as Place;
    if (from.moduleIndex === place.moduleIndex && from.index === index) return;
    onMove(next, { kind: "content", contentId: data.id, moduleId: home.id, index });
  };

  const onDragCancel = () => setDrag(null);

  /** The title of a dragged item and where it would land, in the outline on show. */
  const placeOf = (active: { data: { current?: unknown } }, over: { data: { current?: unknown } } | null) => {
    const data = dataOf(active);
    const target = dataOf(over);
    if (!data) return null;
    if (data.kind === "module") {
      const title = shown.find((module) => module.id === data.id)?.title ?? "";
      const index = target ? shown.findIndex((module) => module.id === target.id) : -1;
      return { title, place: index < 0 ? null : { position: index + 1, count: shown.length } };
    }
    const at = locateContent(shown, data.id);
    const title = (at && shown[at.moduleIndex]?.contents[at.index]?.title) ?? "";
    if (!target) return { title, place: null };
    const moduleIndex = target.kind === "list" ? shown.findIndex((module) => module.id === target.id) : locateContent(shown, target.id)?.moduleIndex;
    const holder = moduleIndex === undefined ? undefined : shown[moduleIndex];
    if (!holder) return { title, place: null };
    const index = target.kind === "list" ? (at && at.moduleIndex === moduleIndex ? at.index : holder.contents.length) : holder.contents.findIndex((content) => content.id === target.id);
    return { title, place: { position: index + 1, count: holder.contents.length, module: holder.title } };
  };

  const placeKey = (place: { position: number; module?: string } | null) => (place ? `${place.module ?? ""}#${place.position}` : "");
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      announced.current = placeKey(placeOf(active, active)?.place ?? null);
      return words.pickedUp(placeOf(active, null)?.title ?? "");
    },
    onDragOver: ({ active, over }) => {
      const said = placeOf(active, over);
      if (!said || placeKey(said.place) === announced.current) return undefined;
      announced.current = placeKey(said.place);
      return said.place ? words.over(said.title, said.place) : words.outside(said.title);
    },
    onDragEnd: ({ active, over }) => {
      const said = placeOf(active, over);
      if (!said) return undefined;
      return said.place ? words.dropped(said.title, said.place) : words.outside(said.title);
    },
    onDragCancel: ({ active }) => words.cancelled(placeOf(active, null)?.title ?? ""),
  };

  return {
    shown,
    dragging: drag !== null,
    context: { sensors, collisionDetection, onDragStart, onDragOver, onDragEnd, onDragCancel, accessibility: { announcements } },
  };
}
