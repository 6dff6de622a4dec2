import type { ComponentType } from 'preact';
import { lazyPage } from './lazy-page.tsx';
import { HomePage } from './shell/home-page.tsx';

/** The component of each `ready` navigation entry, by entry id (see `nav.ts`). */
export const PAGES: Readonly<Record<string, ComponentType>> = {
  home: HomePage,
  deadlines: lazyPage(() => import('./features/deadlines/deadlines-page.tsx').then((m) => m.DeadlinesPage)),
  'deadline-calculator': lazyPage(() => import('./features/deadlines/deadline-calculator-page.tsx').then((m) => m.DeadlineCalculatorPage)),
  calendar: lazyPage(() => import('./features/calendar/calendar-page.tsx').then((m) => m.CalendarPage)),
  compliance: lazyPage(() => import('./features/reporting/compliance-page.tsx').then((m) => m.CompliancePage)),
  obligations: lazyPage(() => import('./features/reporting/obligations-page.tsx').then((m) => m.ObligationsPage)),
  obstacles: lazyPage(() => import('./features/reporting/obstacles-page.tsx').then((m) => m.ObstaclesPage)),
  cases: lazyPage(() => import('./features/cases/cases-page.tsx').then((m) => m.CasesPage)),
  'case-new': lazyPage(() => import('./features/cases/case-new-page.tsx').then((m) => m.CaseNewPage)),
  registers: lazyPage(() => import('./features/cases/registers-page.tsx').then((m) => m.RegistersPage)),
  misconduct: lazyPage(() => import('./features/cases/misconduct-page.tsx').then((m) => m.MisconductPage)),
  compiled: lazyPage(() => import('./features/compiled/compiled-page.tsx').then((m) => m.CompiledPage)),
  dashboard: lazyPage(() => import('./features/compiled/dashboard-page.tsx').then((m) => m.DashboardPage)),
  alerts: lazyPage(() => import('./features/deadlines/alerts-page.tsx').then((m) => m.AlertsPage)),
  inbound: lazyPage(() => import('./features/inbound/inbound-page.tsx').then((m) => m.InboundPage)),
  units: lazyPage(() => import('./features/directory/units-page.tsx').then((m) => m.UnitsPage)),
  users: lazyPage(() => import('./features/directory/users-page.tsx').then((m) => m.UsersPage)),
};
