/**
 * Bahasa Indonesia for graduate tracking (Penelusuran Alumni), partner companies (Mitra
 * Industri) and their vocabularies. The vocabularies also head the ministry reports made by main.
 */
export const idGraduates = {
  graduates: {
    nav: {
      followUps: 'Penelusuran Alumni',
      graduates: 'Alumni',
      companies: 'Mitra Industri',
    },
    outcome: {
      employed: 'Bekerja',
      self_employed: 'Wirausaha',
      studying: 'Melanjutkan studi',
      not_working: 'Belum bekerja',
      unreachable: 'Tidak dapat dihubungi',
    },
    unknownStatus: 'Belum ditelusuri',
    channel: {
      phone: 'Telepon',
      whatsapp: 'WhatsApp',
      visit: 'Kunjungan',
      form: 'Formulir',
      placement: 'Penempatan',
    },
    incomeBand: {
      below_1m: 'Kurang dari Rp 1.000.000',
      '1m_2m': 'Rp 1.000.000 – Rp 2.000.000',
      '2m_3m': 'Rp 2.000.000 – Rp 3.000.000',
      '3m_5m': 'Rp 3.000.000 – Rp 5.000.000',
      above_5m: 'Lebih dari Rp 5.000.000',
      undisclosed: 'Tidak disebutkan',
    },
    employmentKind: {
      formal: 'Formal',
      informal: 'Informal',
    },
    sector: {
      agriculture: 'Pertanian, kehutanan dan perikanan',
      mining: 'Pertambangan dan penggalian',
      manufacturing: 'Industri pengolahan',
      construction: 'Konstruksi',
      trade: 'Perdagangan dan reparasi kendaraan',
      transport: 'Transportasi dan pergudangan',
      accommodation_food: 'Penyediaan akomodasi dan makan minum',
      information_communication: 'Informasi dan komunikasi',
      finance: 'Jasa keuangan',
      education: 'Jasa pendidikan',
      health: 'Jasa kesehatan dan sosial',
      public_administration: 'Administrasi pemerintahan',
      other_services: 'Jasa lainnya',
    },
    partnership: {
      instructors: 'Menyediakan instruktur',
      apprentices: 'Menerima pemagangan',
      hiring: 'Merekrut lulusan',
      sponsor: 'Mensponsori kelas',
    },
    roundState: {
      done: 'Sudah',
      due: 'Jatuh tempo',
      upcoming: 'Akan datang',
      missed: 'Terlewat',
    },
    ageBand: {
      under_20: 'Di bawah 20',
      '20_24': '20–24',
      '25_29': '25–29',
      '30_34': '30–34',
      '35_44': '35–44',
      '45_plus': '45 ke atas',
    },
  },
};
