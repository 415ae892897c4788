import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { arrange, DAY, HOLIDAY, monday, mondayOfToday, typed, week } from './schedule-data';

/** In the focused field: replace what it holds with the text. */
async function replaceText(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * Drags the calendar event in `from` (by its top, below the resize edge) onto the same time on
 * the week's `day` (0 = Monday), waiting for the calendar to follow each step: on a busy machine
 * a mouse-up sent before the calendar has drawn the drag over the target is dropped, and a press
 * made while the calendar is still re-rendering does not start a drag (as a person would, the
 * press is made again).
 */
async function dragOntoDay(page: Page, from: { x: number; y: number; width: number }, day: number): Promise<void> {
  const column = page.locator('.rbc-time-content .rbc-day-slot').nth(day);
  const target = await column.boundingBox();
  if (!target) throw new Error('calendar not drawn');
  const dragging = page.locator('.rbc-addons-dnd-is-dragging');
  for (let attempt = 1; ; attempt += 1) {
    await page.mouse.move(from.x + from.width / 2, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 14, { steps: 4 });
    try {
      await expect(dragging).toHaveCount(1, { timeout: 2_000 });
      break;
    } catch (error) {
      await page.mouse.up();
      if (attempt === 3) throw error;
      // The press and release were a click, which opens the session: close it again.
      if ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
  await page.mouse.move(target.x + target.width / 2, from.y + 12, { steps: 10 });
  await expect(column.locator('.rbc-addons-dnd-drag-preview')).toHaveCount(1);
  await page.mouse.up();
}

test('a clerk generates a timetable around a holiday, is refused a clash, and moves a session', async ({
  page,
  harness,
}) => {
  const { computer, other } = await arrange(harness);
  await loginAs(page);

  // A BLK closure on the first Wednesday.
  await page.getByRole('navigation').getByRole('link', { name: 'Hari libur' }).click();
  await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  const holidayDialog = page.getByRole('dialog', { name: 'Tambah hari libur' });
  await expect(holidayDialog.getByRole('textbox', { name: 'Tanggal' })).toBeFocused();
  await page.keyboard.type(typed(HOLIDAY));
  await page.keyboard.press('Tab');
  await page.keyboard.type('Libur BLK');
  await page.keyboard.press('Enter');
  await expect(holidayDialog).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Libur BLK', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Ubah Libur BLK' }).click();
  const rename = page.getByRole('dialog', { name: 'Ganti nama hari libur' });
  await expect(rename.getByRole('textbox', { name: 'Nama hari libur' })).toBeFocused();
  await replaceText(page, 'Libur BLK (rapat kerja)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('cell', { name: 'Libur BLK (rapat kerja)', exact: true })).toBeVisible();
  // A holiday entered by mistake goes away again.
  await harness.backdoor('holidays.save', { date: week(5), name: 'Salah ketik' });
  await page.reload();
  await page.getByRole('button', { name: 'Hapus Salah ketik' }).click();
  await page
    .getByRole('dialog', { name: 'Hapus hari libur?' })
    .getByRole('button', { name: 'Hapus hari libur' })
    .click();
  await expect(page.getByRole('cell', { name: 'Salah ketik' })).toHaveCount(0);
  expect(await harness.backdoor('holidays.list', {})).toEqual([{ date: HOLIDAY, name: 'Libur BLK (rapat kerja)' }]);

  // Generation: Monday to Friday, 8 JP a day: three days, stepping over the Wednesday.
  await page.goto(`/#/classes/${computer.id}`);
  await page.getByRole('tab', { name: 'Jadwal' }).click();
  await expect(page.getByText('Terjadwal 0 dari 24 JP')).toBeVisible();
  await page.getByRole('button', { name: 'Buat jadwal otomatis' }).click();
  const generate = page.getByRole('dialog', { name: 'Buat jadwal otomatis' });
  await generate.getByRole('button', { name: 'Pratinjau' }).click();
  await expect(generate.getByText('3 sesi, 24 JP', { exact: false })).toBeVisible();
  await expect(generate.getByText(/— Libur BLK/)).toBeVisible();
  const planned = generate.getByRole('table', { name: 'Rencana sesi' });
  await expect(planned.getByRole('row')).toHaveCount(4);
  await expect(planned.getByText(/^Rabu/)).toHaveCount(0);
  // The Friday is taken by the other class's session: the plan only reaches it with 3 days a week.
  await generate.getByRole('checkbox', { name: 'Sel' }).uncheck();
  await generate.getByRole('button', { name: 'Pratinjau' }).click();
  await expect(generate.getByText(/Ruang Lab Komputer A sudah dipakai kelas Desain Grafis Angkatan 2/)).toBeVisible();
  await expect(generate.getByRole('button', { name: 'Simpan jadwal' })).toBeDisabled();
  await generate.getByRole('checkbox', { name: 'Sel' }).check();
  await generate.getByRole('button', { name: 'Pratinjau' }).click();
  await expect(generate.getByText('3 sesi, 24 JP', { exact: false })).toBeVisible();
  await generate.getByRole('button', { name: 'Simpan jadwal' }).click();
  await expect(generate).toHaveCount(0);
  await expect(page.getByText('Terjadwal 24 dari 24 JP')).toBeVisible();
  const sessions = await harness.backdoor('sessions.list', { from: week(0), to: week(25), classId: computer.id });
  expect(sessions.map((session) => session.date)).toEqual([week(0), week(1), week(3)]);
  expect(sessions.map((session) => `${session.startTime}-${session.endTime}`)).toEqual(Array(3).fill('08:00-15:00'));

  // Moving Thursday's session onto the other class's Friday morning is refused, naming it.
  const table = page.getByRole('table', { name: 'Sesi kelas ini' });
  await table.getByRole('button', { name: /^Ubah Kamis/ }).click();
  const edit = page.getByRole('dialog', { name: 'Ubah sesi' });
  await expect(edit.getByRole('textbox', { name: 'Tanggal' })).toBeFocused();
  await replaceText(page, typed(week(4)));
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit.getByRole('alert')).toContainText('Jadwal bentrok dengan kelas Desain Grafis Angkatan 2');
  await page.keyboard.press('Escape');

  // On the calendar: open the class's week, reach Thursday's session by keyboard, move it to Saturday.
  await page.getByRole('navigation').getByRole('link', { name: 'Jadwal' }).click();
  const weeksAhead = Math.round((monday - mondayOfToday()) / (7 * DAY));
  for (let step = 0; step < weeksAhead; step += 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByText('4 sesi ditampilkan')).toBeVisible();
  // The time grid runs 06.00 to 21.00 local (WITA) time, not shifted by the PC's UTC offset.
  await expect(page.locator('.rbc-time-gutter .rbc-label').first()).toHaveText('06.00');
  const thursday = page.getByRole('button', { name: /Operator Komputer Angkatan 1/ }).nth(2);
  await thursday.focus();
  await page.keyboard.press('Enter');
  const calendarEdit = page.getByRole('dialog', { name: 'Operator Komputer Angkatan 1' });
  await expect(calendarEdit.getByRole('textbox', { name: 'Tanggal' })).toHaveValue(typed(week(3)));
  await calendarEdit.getByRole('textbox', { name: 'Tanggal' }).focus();
  await replaceText(page, typed(week(5)));
  await calendarEdit.getByRole('button', { name: 'Simpan' }).click();
  await expect(calendarEdit).toHaveCount(0);
  const moved = await harness.backdoor('sessions.list', { from: week(0), to: week(25), classId: computer.id });
  expect(moved.map((session) => session.date)).toEqual([week(0), week(1), week(5)]);
  const untouched = await harness.backdoor('sessions.list', { from: week(0), to: week(25), classId: other.id });
  expect(untouched).toHaveLength(1);

  // The calendar shows the move before a drag starts: a re-render mid-drag drops the drag.
  await expect(page.locator('.rbc-time-content .rbc-day-slot').nth(5)).toContainText('Operator Komputer Angkatan 1');

  // Dragging Monday's session onto Friday morning (the other class's, same lab) is refused and snaps back.
  const mondayEvent = page
    .locator('.rbc-time-content .rbc-event')
    .filter({ hasText: 'Operator Komputer Angkatan 1' })
    .first();
  const from = await mondayEvent.boundingBox();
  if (!from) throw new Error('calendar not drawn');
  await dragOntoDay(page, from, 4);
  await expect(page.getByText('Sesi tidak dipindahkan')).toBeVisible();
  await expect(page.getByText(/Jadwal bentrok dengan kelas Desain Grafis Angkatan 2/)).toBeVisible();
  const afterDrag = await harness.backdoor('sessions.list', { from: week(0), to: week(25), classId: computer.id });
  expect(afterDrag.map((session) => session.date)).toEqual([week(0), week(1), week(5)]);
  await expect(mondayEvent).toBeVisible();
  expect((await mondayEvent.boundingBox())?.x).toBeCloseTo(from.x, 0);

  // Onto the free Sunday it moves, keeping its times.
  await dragOntoDay(page, from, 6);
  await expect(page.getByText('Sesi kelas Operator Komputer Angkatan 1 dipindahkan.')).toBeVisible();
  const dragged = await harness.backdoor('sessions.list', { from: week(0), to: week(25), classId: computer.id });
  expect(dragged.map((session) => [session.date, session.startTime, session.endTime])).toEqual([
    [week(1), '08:00', '15:00'],
    [week(5), '08:00', '15:00'],
    [week(6), '08:00', '15:00'],
  ]);
});

test('the head of BLK reads the timetable but cannot change it', async ({ page, harness }) => {
  const { computer } = await arrange(harness);
  await harness.backdoor('operators.create', {
    username: 'kepala',
    fullName: 'Kepala BLK',
    role: 'head',
    password: 'rahasia123',
  });
  await loginAs(page, 'kepala');
  await page.goto(`/#/classes/${computer.id}`);
  await page.getByRole('tab', { name: 'Jadwal' }).click();
  await expect(page.getByText('Terjadwal 0 dari 24 JP')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buat jadwal otomatis' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tambah sesi' })).toHaveCount(0);

  await page.getByRole('navigation').getByRole('link', { name: 'Jadwal' }).click();
  await expect(page.getByText('Klik atau tekan Enter pada sesi untuk melihat rinciannya.')).toBeVisible();
  const weeksAhead = Math.round((monday - mondayOfToday()) / (7 * DAY));
  for (let step = 0; step < weeksAhead; step += 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
  await page.getByRole('button', { name: /Desain Grafis Angkatan 2/ }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Desain Grafis Angkatan 2' });
  await expect(dialog.getByRole('textbox', { name: 'Tanggal' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /Hapus/ })).toHaveCount(0);
});
