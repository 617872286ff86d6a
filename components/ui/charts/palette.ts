// Series colours, in order. Neighbours differ in lightness as well as hue, so slices and
// bars stay apart for colour-blind readers; every chart also prints its figures as text.
const SERIES = [
  { fill: "fill-brand-600", swatch: "bg-brand-600" },
  { fill: "fill-accent-500", swatch: "bg-accent-500" },
  { fill: "fill-amber-400", swatch: "bg-amber-400" },
  { fill: "fill-slate-500", swatch: "bg-slate-500" },
] as const;

export const seriesAt = (index: number) => SERIES[index % SERIES.length] ?? SERIES[0];
