import type { ComponentType } from 'preact';
import { lazyPage } from './lazy-page.tsx';
import { HomePage } from './pages/home.tsx';

/** The component of each `ready` navigation entry, by entry id (see `nav.ts`). */
export const PAGES: Readonly<Record<string, ComponentType>> = {
  home: HomePage,
  deadlines: lazyPage(() => import('./pages/deadlines.tsx').then((m) => m.DeadlinesPage)),
  'deadline-calculator': lazyPage(() => import('./pages/deadline-calculator.tsx').then((m) => m.DeadlineCalculatorPage)),
  calendar: lazyPage(() => import('./pages/calendar.tsx').then((m) => m.CalendarPage)),
  compliance: lazyPage(() => import('./pages/compliance.tsx').then((m) => m.CompliancePage)),
  obligations: lazyPage(() => import('./pages/obligations.tsx').then((m) => m.ObligationsPage)),
  obstacles: lazyPage(() => import('./pages/obstacles.tsx').then((m) => m.ObstaclesPage)),
  cases: lazyPage(() => import('./pages/cases.tsx').then((m) => m.CasesPage)),
  'case-new': lazyPage(() => import('./pages/case-new.tsx').then((m) => m.CaseNewPage)),
  misconduct: lazyPage(() => import('./pages/misconduct.tsx').then((m) => m.MisconductPage)),
  compiled: lazyPage(() => import('./pages/compiled.tsx').then((m) => m.CompiledPage)),
  dashboard: lazyPage(() => import('./pages/dashboard.tsx').then((m) => m.DashboardPage)),
  alerts: lazyPage(() => import('./pages/alerts.tsx').then((m) => m.AlertsPage)),
  inbound: lazyPage(() => import('./pages/inbound.tsx').then((m) => m.InboundPage)),
  units: lazyPage(() => import('./pages/units.tsx').then((m) => m.UnitsPage)),
  users: lazyPage(() => import('./pages/users.tsx').then((m) => m.UsersPage)),
};
