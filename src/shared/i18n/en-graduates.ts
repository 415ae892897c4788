import type { idGraduates } from './id-graduates';

/** English for graduate tracking, partner companies and their vocabularies. */
export const enGraduates: typeof idGraduates = {
  graduates: {
    nav: {
      followUps: 'Graduate follow-ups',
      graduates: 'Graduates',
      companies: 'Partner companies',
    },
    outcome: {
      employed: 'Employed',
      self_employed: 'Self-employed',
      studying: 'Continuing studies',
      not_working: 'Not yet working',
      unreachable: 'Could not be reached',
    },
    unknownStatus: 'Not yet followed up',
    channel: {
      phone: 'Phone',
      whatsapp: 'WhatsApp',
      visit: 'Visit',
      form: 'Form',
      placement: 'Placement',
    },
    incomeBand: {
      below_1m: 'Below Rp 1,000,000',
      '1m_2m': 'Rp 1,000,000 – Rp 2,000,000',
      '2m_3m': 'Rp 2,000,000 – Rp 3,000,000',
      '3m_5m': 'Rp 3,000,000 – Rp 5,000,000',
      above_5m: 'Above Rp 5,000,000',
      undisclosed: 'Not disclosed',
    },
    employmentKind: {
      formal: 'Formal',
      informal: 'Informal',
    },
    sector: {
      agriculture: 'Agriculture, forestry and fishing',
      mining: 'Mining and quarrying',
      manufacturing: 'Manufacturing',
      construction: 'Construction',
      trade: 'Trade and vehicle repair',
      transport: 'Transport and storage',
      accommodation_food: 'Accommodation and food',
      information_communication: 'Information and communication',
      finance: 'Financial services',
      education: 'Education',
      health: 'Health and social work',
      public_administration: 'Public administration',
      other_services: 'Other services',
    },
    partnership: {
      instructors: 'Provides instructors',
      apprentices: 'Takes apprentices',
      hiring: 'Hires graduates',
      sponsor: 'Sponsors classes',
    },
    roundState: {
      done: 'Done',
      due: 'Due',
      upcoming: 'Upcoming',
      missed: 'Missed',
    },
    ageBand: {
      under_20: 'Under 20',
      '20_24': '20–24',
      '25_29': '25–29',
      '30_34': '30–34',
      '35_44': '35–44',
      '45_plus': '45 and over',
    },
  },
};
