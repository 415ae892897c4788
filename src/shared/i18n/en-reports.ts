import type { idReports } from './id-reports';

/** English for the reports screen. */
export const enReports: typeof idReports = {
  reports: {
    nav: 'Reports',
    title: 'Reports',
    subtitle: 'Reports for the ministry and the regency manpower office, saved as Excel files (.xlsx).',
    export: 'Export xlsx',
    progress: '{{written}} / {{total}} rows',
    progressTitle: 'Writing {{report}}',
    preparing: 'Preparing…',
    done: '{{fileName}} has been saved.',
    open: 'Open',
    stopped: 'Export stopped; no file was saved.',
    period: 'Period',
    periodHint: 'Click the first day, then the last day',
    periodRequired: 'Pick the first and the last day',
    siapkerja: {
      title: 'SIAPkerja participant list',
      description: 'The trainees of one class, in the column order of the SIAPkerja upload form.',
      class: 'Class',
      classPlaceholder: 'Type a class or programme name',
      classRequired: 'Choose the class first',
      noClasses: 'No classes yet',
    },
    realisation: {
      title: 'Training realisation',
      description: 'Per funding source: classes, JP, trainees, graduates and placement rate.',
      fundingSource: 'Funding source',
      allFunding: 'All funding sources',
    },
    followUps: {
      title: 'Follow-up results',
      description:
        'One row per graduate with the latest follow-up outcome, and summaries per programme and per funding source.',
      program: 'Programme',
      allPrograms: 'All programmes',
      class: 'Class',
      allClasses: 'All classes',
    },
  },
};
