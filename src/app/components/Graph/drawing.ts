// What Cytoscape draws: the visible elements only. A filtered-out element is removed from the
// graph (kept aside here, the same object, with its position and classes) and restored when it
// shows again, so the renderer never styles, sorts, bounds or uploads what nobody sees. Every
// other look is a class, set only on the elements whose class string changed.
import type { CollectionArgument, Core, ElementDefinition, SingularElementArgument } from "cytoscape";
import type { ClassMap } from "../../graph/classes";
import { hasCleanStyle, keepStyle, sameGeneration, styleGeneration, type StyleGeneration } from "./keptStyle";

/** The class elementClasses gives an element the filters leave out. */
export const HIDDEN = "hidden";

export type DrawingChange = { removed: number; restored: number; restyled: number };

export type Drawing = {
  /** Brings the canvas to these classes: "hidden" elements leave the graph, the others come back with their class. */
  apply(next: ClassMap): DrawingChange;
  /** After the graph's elements changed (articles added): tracks new ones, forgets gone ones, refreshes kept-aside data. */
  sync(elements: readonly ElementDefinition[]): void;
  /** Elements currently kept out of the graph. */
  removedCount(): number;
};

export function createDrawing(cy: Core): Drawing {
  const all = new Map<string, SingularElementArgument>();
  /** The class string set on each element, removed ones included (Cytoscape keeps it while removed). */
  const onElement = new Map<string, string>();
  let applied: ClassMap | null = null;
  /** For each removed element whose style was computed, the stylesheet it was computed against. */
  const styledUnder = new Map<string, StyleGeneration>();
  const track = () => {
    for (const ele of cy.elements()) if (!all.has(ele.id())) all.set(ele.id(), ele), onElement.set(ele.id(), ele.classes().join(" "));
  };
  track();

  const collection = (eles: SingularElementArgument[]) =>
    // cy.collection accepts an array of elements at runtime; the typings only list definitions.
    cy.collection(eles as unknown as CollectionArgument);

  return {
    apply(next) {
      const remove: SingularElementArgument[] = [];
      const restore: SingularElementArgument[] = [];
      const groups = new Map<string, SingularElementArgument[]>();
      for (const [id, classes] of next) {
        if (applied?.get(id) === classes) continue;
        const ele = all.get(id);
        if (!ele) continue;
        if (classes === HIDDEN) {
          if (!ele.removed()) remove.push(ele);
          continue;
        }
        if (ele.removed()) restore.push(ele);
        if (onElement.get(id) === classes) continue;
        styledUnder.delete(id);
        onElement.set(id, classes);
        // One collection per resulting class string: Cytoscape restyles a collection in one pass.
        const group = groups.get(classes);
        if (group) group.push(ele);
        else groups.set(classes, [ele]);
      }
      let restyled = 0;
      if (remove.length || restore.length || groups.size) {
        const generation = styleGeneration(cy);
        // Shown again with the same classes, under the same stylesheet: their computed style still holds.
        const unchanged = restore.filter((ele) => sameGeneration(styledUnder.get(ele.id()) ?? null, generation));
        cy.batch(() => {
          // Removing a node takes its edges along; restore puts nodes back before edges.
          if (remove.length) {
            const removed = collection(remove).remove();
            removed.forEach((ele) => {
              if (hasCleanStyle(ele)) styledUnder.set(ele.id(), generation);
            });
          }
          // Classes first: restore styles what it brings back, so it styles them once, with their new look.
          for (const [classes, eles] of groups) {
            collection(eles).classes(classes);
            restyled += eles.length;
          }
          if (restore.length) collection(restore).restore();
        });
        keepStyle(unchanged);
        for (const ele of restore) styledUnder.delete(ele.id());
      }
      applied = next;
      return { removed: remove.length, restored: restore.length, restyled };
    },

    sync(elements) {
      const ids = new Map(elements.map((d) => [String(d.data.id), d]));
      for (const [id, ele] of all) {
        const def = ids.get(id);
        if (!def) all.delete(id), onElement.delete(id);
        // react-cytoscapejs patches only the elements in the graph: a removed one gets its new data here.
        else if (ele.removed()) ele.data(def.data);
        // New data may mean a new style: restored elements are restyled.
        styledUnder.delete(id);
      }
      track();
      // The next apply compares against the elements themselves, not the last map.
      applied = null;
    },

    removedCount() {
      let n = 0;
      for (const ele of all.values()) if (ele.removed()) n++;
      return n;
    },
  };
}
