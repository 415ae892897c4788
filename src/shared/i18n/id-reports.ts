/** Bahasa Indonesia for the reports screen (Laporan). */
export const idReports = {
  reports: {
    nav: 'Laporan',
    title: 'Laporan',
    subtitle: 'Laporan untuk Kemnaker dan Disnakertrans, disimpan sebagai berkas Excel (.xlsx).',
    export: 'Ekspor xlsx',
    progress: '{{written}} / {{total}} baris',
    progressTitle: 'Menyusun {{report}}',
    preparing: 'Menyiapkan…',
    done: '{{fileName}} selesai disimpan.',
    open: 'Buka',
    stopped: 'Ekspor dihentikan; tidak ada berkas yang disimpan.',
    period: 'Periode',
    periodHint: 'Klik tanggal awal, lalu tanggal akhir',
    periodRequired: 'Pilih tanggal awal dan akhir',
    siapkerja: {
      title: 'Daftar peserta SIAPkerja',
      description: 'Peserta satu kelas, dengan urutan kolom formulir unggah SIAPkerja.',
      class: 'Kelas',
      classPlaceholder: 'Ketik nama kelas atau program',
      classRequired: 'Pilih kelasnya dulu',
      noClasses: 'Belum ada kelas',
    },
    realisation: {
      title: 'Realisasi pelatihan',
      description: 'Per sumber dana: jumlah kelas, JP, peserta, lulusan dan tingkat penempatan.',
      fundingSource: 'Sumber dana',
      allFunding: 'Semua sumber dana',
    },
    followUps: {
      title: 'Hasil penelusuran alumni',
      description:
        'Satu baris per alumni dengan hasil penelusuran terakhir, dan ringkasan per program dan per sumber dana.',
      program: 'Program',
      allPrograms: 'Semua program',
      class: 'Kelas',
      allClasses: 'Semua kelas',
    },
  },
};
