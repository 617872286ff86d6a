// Every /api/v1 route module, keyed by its folder below app/api/v1. The OpenAPI document is
// built from the declarations these modules carry; a test fails when a route file is
// missing here or a declared path does not match its folder.
import type { Declaration, DeclaredHandler } from "@/lib/api/routes";
import { HTTP_METHODS } from "@/lib/api/route-spec";
import * as authActivate from "../auth/activate/route";
import * as authChangePassword from "../auth/change-password/route";
import * as authForgotPassword from "../auth/forgot-password/route";
import * as authLogin from "../auth/login/route";
import * as authLogout from "../auth/logout/route";
import * as authRefresh from "../auth/refresh/route";
import * as authRegister from "../auth/register/route";
import * as authResendActivation from "../auth/resend-activation/route";
import * as authResetPassword from "../auth/reset-password/route";
import * as authToken from "../auth/token/route";
import * as category from "../categories/[categoryId]/route";
import * as certificate from "../certificates/[code]/route";
import * as categories from "../categories/route";
import * as courseCover from "../courses/[courseId]/cover/route";
import * as courseModuleContentComplete from "../courses/[courseId]/modules/[moduleId]/contents/[contentId]/complete/route";
import * as courseModuleContentFile from "../courses/[courseId]/modules/[moduleId]/contents/[contentId]/file/route";
import * as courseModuleContentProgress from "../courses/[courseId]/modules/[moduleId]/contents/[contentId]/progress/route";
import * as courseModuleContent from "../courses/[courseId]/modules/[moduleId]/contents/[contentId]/route";
import * as courseModuleContents from "../courses/[courseId]/modules/[moduleId]/contents/route";
import * as courseModule from "../courses/[courseId]/modules/[moduleId]/route";
import * as courseModules from "../courses/[courseId]/modules/route";
import * as course from "../courses/[courseId]/route";
import * as courseStudents from "../courses/[courseId]/students/route";
import * as courseSubmission from "../courses/[courseId]/submissions/[completionId]/route";
import * as courseSubmissions from "../courses/[courseId]/submissions/route";
import * as courses from "../courses/route";
import * as discussionCommentLike from "../discussions/[discussionId]/comments/[commentId]/like/route";
import * as discussionCommentReply from "../discussions/[discussionId]/comments/[commentId]/reply/route";
import * as discussionComment from "../discussions/[discussionId]/comments/[commentId]/route";
import * as discussionCommentUnlike from "../discussions/[discussionId]/comments/[commentId]/unlike/route";
import * as discussionComments from "../discussions/[discussionId]/comments/route";
import * as discussion from "../discussions/[discussionId]/route";
import * as discussions from "../discussions/route";
import * as openapi from "../openapi.json/route";
import * as paymentsCallback from "../payments/callback/route";
import * as programModule from "../programs/[programId]/modules/[moduleId]/route";
import * as programModules from "../programs/[programId]/modules/route";
import * as program from "../programs/[programId]/route";
import * as programs from "../programs/route";
import * as userAvatar from "../users/[userId]/avatar/route";
import * as userCertificate from "../users/[userId]/certificates/[certificateId]/route";
import * as userCertificates from "../users/[userId]/certificates/route";
import * as userEnrollmentInvoices from "../users/[userId]/enrollments/[enrollmentId]/invoices/route";
import * as userEnrollmentLeave from "../users/[userId]/enrollments/[enrollmentId]/leave/route";
import * as userEnrollment from "../users/[userId]/enrollments/[enrollmentId]/route";
import * as userEnrollments from "../users/[userId]/enrollments/route";
import * as userInvoicePay from "../users/[userId]/invoices/[invoiceId]/pay/route";
import * as userInvoice from "../users/[userId]/invoices/[invoiceId]/route";
import * as userInvoices from "../users/[userId]/invoices/route";
import * as user from "../users/[userId]/route";
import * as usersMe from "../users/me/route";
import * as users from "../users/route";
import * as auditLogs from "../audit-logs/route";
import * as adminCertificates from "../certificates/route";
import * as adminEnrollments from "../enrollments/route";
import * as adminInvoices from "../invoices/route";
import * as userInvoiceCancel from "../users/[userId]/invoices/[invoiceId]/cancel/route";

type RouteModule = Partial<Record<(typeof HTTP_METHODS)[number], DeclaredHandler>>;

export const routeModules: Record<string, RouteModule> = {
  "auth/activate": authActivate,
  "auth/change-password": authChangePassword,
  "auth/forgot-password": authForgotPassword,
  "auth/login": authLogin,
  "auth/logout": authLogout,
  "auth/refresh": authRefresh,
  "auth/register": authRegister,
  "auth/resend-activation": authResendActivation,
  "auth/reset-password": authResetPassword,
  "auth/token": authToken,
  categories,
  "categories/[categoryId]": category,
  "certificates/[code]": certificate,
  courses,
  "courses/[courseId]": course,
  "courses/[courseId]/cover": courseCover,
  "courses/[courseId]/modules": courseModules,
  "courses/[courseId]/modules/[moduleId]": courseModule,
  "courses/[courseId]/modules/[moduleId]/contents": courseModuleContents,
  "courses/[courseId]/modules/[moduleId]/contents/[contentId]": courseModuleContent,
  "courses/[courseId]/modules/[moduleId]/contents/[contentId]/complete": courseModuleContentComplete,
  "courses/[courseId]/modules/[moduleId]/contents/[contentId]/file": courseModuleContentFile,
  "courses/[courseId]/modules/[moduleId]/contents/[contentId]/progress": courseModuleContentProgress,
  "courses/[courseId]/students": courseStudents,
  "courses/[courseId]/submissions": courseSubmissions,
  "courses/[courseId]/submissions/[completionId]": courseSubmission,
  discussions,
  "discussions/[discussionId]": discussion,
  "discussions/[discussionId]/comments": discussionComments,
  "discussions/[discussionId]/comments/[commentId]": discussionComment,
  "discussions/[discussionId]/comments/[commentId]/reply": discussionCommentReply,
  "discussions/[discussionId]/comments/[commentId]/like": discussionCommentLike,
  "discussions/[discussionId]/comments/[commentId]/unlike": discussionCommentUnlike,
  "openapi.json": openapi,
  "payments/callback": paymentsCallback,
  programs,
  "programs/[programId]": program,
  "programs/[programId]/modules": programModules,
  "programs/[programId]/modules/[moduleId]": programModule,
  users,
  "users/me": usersMe,
  "users/[userId]": user,
  "users/[userId]/avatar": userAvatar,
  "users/[userId]/certificates": userCertificates,
  "users/[userId]/certificates/[certificateId]": userCertificate,
  "users/[userId]/enrollments": userEnrollments,
  "users/[userId]/enrollments/[enrollmentId]": userEnrollment,
  "users/[userId]/enrollments/[enrollmentId]/leave": userEnrollmentLeave,
  "users/[userId]/enrollments/[enrollmentId]/invoices": userEnrollmentInvoices,
  "users/[userId]/invoices": userInvoices,
  "users/[userId]/invoices/[invoiceId]": userInvoice,
  "users/[userId]/invoices/[invoiceId]/pay": userInvoicePay,
  "audit-logs": auditLogs,
  certificates: adminCertificates,
  enrollments: adminEnrollments,
  invoices: adminInvoices,
  "users/[userId]/invoices/[invoiceId]/cancel": userInvoiceCancel,
};

/** Every declared method of every route module. */
export const declarations = (): Declaration[] =>
  Object.values(routeModules).flatMap((module) => HTTP_METHODS.flatMap((method) => module[method]?.declaration ?? []));
