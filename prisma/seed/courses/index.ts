// Every demo course, one file each. Two are written in Indonesian (pemasaran-digital-untuk-umkm,
// menulis-efektif-bahasa-indonesia); each teacher has published courses and a draft.
import type { CourseSpec } from "../course-types";
import { bahasaIndonesiaForBeginners } from "./bahasa-indonesia-for-beginners";
import { businessEnglishCommunication } from "./business-english-communication";
import { kubernetesInProduction } from "./kubernetes-in-production";
import { legacyJqueryTechniques } from "./legacy-jquery-techniques";
import { machineLearningWithScikitLearn } from "./machine-learning-with-scikit-learn";
import { menulisEfektifBahasaIndonesia } from "./menulis-efektif-bahasa-indonesia";
import { modernJavascriptFoundations } from "./modern-javascript-foundations";
import { pemasaranDigitalUntukUmkm } from "./pemasaran-digital-untuk-umkm";
import { pythonForDataAnalysis } from "./python-for-data-analysis";
import { responsiveWebDesignCssGrid } from "./responsive-web-design-css-grid";
import { sqlFromZeroToReports } from "./sql-from-zero-to-reports";
import { statisticsYouCanUse } from "./statistics-you-can-use";
import { typescriptForProductionTeams } from "./typescript-for-production-teams";
import { uxResearchEssentials } from "./ux-research-essentials";
import { webAccessibilityInPractice } from "./web-accessibility-in-practice";

export const courseSpecs: CourseSpec[] = [
  // teacher@example.com (Sari Wulandari)
  modernJavascriptFoundations,
  typescriptForProductionTeams,
  webAccessibilityInPractice,
  kubernetesInProduction,
  responsiveWebDesignCssGrid,
  uxResearchEssentials,
  pemasaranDigitalUntukUmkm,
  // teacher2@example.com (Budi Santoso)
  pythonForDataAnalysis,
  statisticsYouCanUse,
  sqlFromZeroToReports,
  machineLearningWithScikitLearn,
  bahasaIndonesiaForBeginners,
  businessEnglishCommunication,
  menulisEfektifBahasaIndonesia,
  legacyJqueryTechniques,
];
