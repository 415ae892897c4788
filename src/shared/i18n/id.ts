/** Bahasa Indonesia: the default language. The English dictionary must have the same shape. */
export const id = {
  enrolmentStatus: {
    registered: 'Terdaftar',
    accepted: 'Diterima',
    reserve: 'Peserta cadangan',
    rejected: 'Ditolak',
    reregistered: 'Daftar ulang',
    in_training: 'Mengikuti pelatihan',
    graduated: 'Lulus / Kompeten',
    not_competent: 'Belum Kompeten',
    dropped_out: 'Mengundurkan diri',
    withdrawn: 'Dibatalkan',
  },
  reserveWithRank: 'Peserta cadangan (urutan {{rank}})',
};
