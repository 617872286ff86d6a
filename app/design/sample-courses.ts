// Made-up rows for the /design table: sorted, filtered and paged on the server from the
// URL, the way the admin and teacher tables are.
import type { SearchParams } from "@/components/ui/pagination";

export type SampleCourse = { id: number; title: string; teacher: string; status: "DRAFT" | "PUBLISHED"; students: number };

const COURSES: SampleCourse[] = [
  { id: 1, title: "Python untuk Analisis Data", teacher: "Sari Wulandari", status: "PUBLISHED", students: 1204 },
  { id: 2, title: "Desain Antarmuka dengan Figma", teacher: "Budi Santoso", status: "PUBLISHED", students: 532 },
  { id: 3, title: "Akuntansi Dasar untuk UMKM", teacher: "Dewi Lestari", status: "DRAFT", students: 0 },
  { id: 4, title: "Public Speaking in English", teacher: "Rina Hartono", status: "PUBLISHED", students: 87 },
  { id: 5, title: "Fotografi Produk", teacher: "Agus Pratama", status: "PUBLISHED", students: 310 },
  { id: 6, title: "Manajemen Proyek Agile", teacher: "Sari Wulandari", status: "DRAFT", students: 12 },
];

export const SAMPLE_PAGE_SIZE = 4;
const sorts = {
  title: (a: SampleCourse, b: SampleCourse) => a.title.localeCompare(b.title),
  "-title": (a: SampleCourse, b: SampleCourse) => b.title.localeCompare(a.title),
  students: (a: SampleCourse, b: SampleCourse) => a.students - b.students,
  "-students": (a: SampleCourse, b: SampleCourse) => b.students - a.students,
};
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function sampleCourses(params: SearchParams) {
  const q = one(params.q).toLowerCase();
  const status = one(params.status);
  const sort = sorts[one(params.sort) as keyof typeof sorts] ?? sorts["-students"];
  const matching = COURSES.filter((course) => (!q || `${course.title} ${course.teacher}`.toLowerCase().includes(q)) && (!status || course.status === status)).sort(sort);
  const totalPages = Math.max(1, Math.ceil(matching.length / SAMPLE_PAGE_SIZE));
  const currentPage = Math.min(totalPages, Math.max(1, Number(one(params.page)) || 1));
  return { rows: matching.slice((currentPage - 1) * SAMPLE_PAGE_SIZE, currentPage * SAMPLE_PAGE_SIZE), currentPage, totalPages };
}
