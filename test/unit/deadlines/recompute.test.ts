import { describe, expect, it } from 'vitest';
import { WorkingCalendar, recomputeForCalendarChange, vnCalendarData, vnDefaults } from '../../../shared/deadlines/index.ts';

const { calendar: oldCalendar, ruleSet } = vnDefaults();
const edited = vnCalendarData();
edited.years.find((y) => y.year === 2026)?.daysOff.push({
  date: '2026-11-24',
  nameVi: 'Ngày Văn hóa Việt Nam',
  nameEn: 'Vietnamese Culture Day',
  kind: 'holiday',
});
const newCalendar = new WorkingCalendar(edited);

describe('recomputeForCalendarChange', () => {
  const items = [
    // 23, 24, 25, 26, 27, 30/11, 01/12 → with 24/11 off, 02/12.
    { id: 'working', input: { ruleId: 'to-cao/thu-ly', trigger: '2026-11-20' } },
    // Day 10 = Tuesday 24/11 → with 24/11 off, rolls to 25/11.
    { id: 'calendar', input: { ruleId: 'kien-nghi/xu-ly-don', trigger: '2026-11-14' } },
    { id: 'before', input: { ruleId: 'to-cao/thu-ly', trigger: '2026-10-01' } },
    { id: 'suspended', input: { ruleId: 'khieu-nai/lan-1', trigger: '2026-11-01', suspensions: [{ from: '2026-11-10' }] } },
  ];

  it('lists only the deadlines whose due date moves, naming the changed day', () => {
    const changes = recomputeForCalendarChange(items, oldCalendar, newCalendar, ruleSet);
    expect(changes.map(({ itemId, oldDue, newDue }) => ({ itemId, oldDue, newDue }))).toEqual([
      { itemId: 'working', oldDue: '2026-12-01', newDue: '2026-12-02' },
      { itemId: 'calendar', oldDue: '2026-11-24', newDue: '2026-11-25' },
    ]);
    expect(changes[0]?.changedDays).toEqual([{ date: '2026-11-24', before: 'ngày làm việc', after: 'nghỉ Ngày Văn hóa Việt Nam' }]);
    expect(changes[0]?.reason).toContain('24/11/2026');
  });

  it('reports nothing when the calendar did not change', () => {
    expect(recomputeForCalendarChange(items, oldCalendar, oldCalendar, ruleSet)).toEqual([]);
  });
});
