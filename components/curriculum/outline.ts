// The curriculum editor's picture of a course outline, and the moves a teacher makes in it.
// The server keeps the positions; these only rearrange what the page shows while a move is
// on its way, and say where an item ended up, which is what the move action sends.

export type OutlineContent = { id: number; title: string; type: string };
export type OutlineModule = { id: number; title: string; description: string; contents: OutlineContent[] };
export type Outline = OutlineModule[];

/** Where a content sits: its module's index in the outline and its own index in the module. */
export type Place = { moduleIndex: number; index: number };

export function locateContent(outline: Outline, contentId: number): Place | null {
  for (const [moduleIndex, module] of outline.entries()) {
    const index = module.contents.findIndex((content) => content.id === contentId);
    if (index >= 0) return { moduleIndex, index };
  }
  return null;
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item === undefined) return [...items];
  moved.splice(Math.max(0, Math.min(to, moved.length)), 0, item);
  return moved;
}

/** The outline with the module at `toIndex` (0-based). */
export function moveModule(outline: Outline, moduleId: number, toIndex: number): Outline {
  const from = outline.findIndex((module) => module.id === moduleId);
  return from < 0 ? outline : moveItem(outline, from, toIndex);
}

/** The outline with the content at `toIndex` (0-based) of the module `toModuleId`. */
export function moveContent(outline: Outline, contentId: number, toModuleId: number, toIndex: number): Outline {
  const from = locateContent(outline, contentId);
  const target = outline.findIndex((module) => module.id === toModuleId);
  if (!from || target < 0) return outline;
  if (from.moduleIndex === target) {
    return outline.map((module, i) => (i === target ? { ...module, contents: moveItem(module.contents, from.index, toIndex) } : module));
  }
  const content = outline[from.moduleIndex]?.contents[from.index];
  if (!content) return outline;
  return outline.map((module, i) => {
    if (i === from.moduleIndex) return { ...module, contents: module.contents.filter((item) => item.id !== contentId) };
    if (i !== target) return module;
    const contents = [...module.contents];
    contents.splice(Math.max(0, Math.min(toIndex, contents.length)), 0, content);
    return { ...module, contents };
  });
}
