/**
 * Lower-is-better indicators (unemployment, disputes, cases, poverty …) are recognised from
 * their words; the user can set a row's polarity in the settings.
 */
import { words } from './text';

export type Polarity = 'higher' | 'lower';

const LOWER =
  /\b(pengangguran|sengketa|perselisihan|kasus|kemiskinan|miskin|kematian|kecelakaan|pelanggaran|kriminal|kriminalitas|stunting|gizi buruk|wasting|underweight|kesakitan|prevalensi|inflasi|kerugian|tunggakan|kredit macet|npl|gini|ketimpangan|kesenjangan|kemacetan|banjir|genangan|kebakaran|kerusakan|pengaduan|aduan|keluhan|komplain|temuan|gagal|kegagalan|gangguan|keterlambatan|putus sekolah|buta aksara|buta huruf|pekerja anak|penyalahgunaan|narkoba|korupsi|deforestasi|lahan kritis|pencemaran|polusi|emisi|sampah (yang )?tidak|tertinggal|kehilangan|ketergantungan|konflik|bencana|korban|drop ?out|waktu( rata rata)? (penyelesaian|pelayanan|layanan|tunggu|tempuh|proses|penerbitan|pengurusan|tanggap|respon|respons)|lama (waktu|penyelesaian|pelayanan|layanan|proses|penerbitan|pengurusan)|response time|(net|gross) death rate|ndr|gdr|peringkat|ranking|(tidak|belum|non) (aktif|sehat|layak|memenuhi|memiliki|terdaftar|tuntas|lulus|produktif|terlayani|tersertifikasi|berizin|terpenuhi|terselesaikan|tertangani|ditindaklanjuti|tertindaklanjuti)|tingkat kehilangan|kebocoran|penduduk rentan|rumah tidak layak|rtlh|kumuh|stok opname hilang|gizi kurang|rusak|rawan pangan|kerawanan pangan|backlog|tanpa akses|unmet need|(pernikahan|perkawinan) (usia anak|anak|dini)|(tidak|belum) (bersekolah|sekolah)|hotspot|titik panas|insidensi|insidens|insiden|incidence|bblr|berat badan lahir rendah|bawah garis merah|bgm|serangan (opt|hama|penyakit|organisme)|rasio v c|v c ratio|case fatality|cfr|williamson|total fertility|tfr|kekerasan|anak jalanan|terlantar|hukuman disiplin|melanggar|pelanggar|kelahiran remaja|asfr|morbiditas|rawan|timbulan sampah|terserang|puso|gagal panen|pasien jatuh|infeksi|kejadian luar biasa|klb|insiden keselamatan|dekubitus|phlebitis|plebitis|gulung tikar|bangkrut|pailit|bermasalah|non ?prosedural|penyandang masalah kesejahteraan sosial|pmks|pemerlu pelayanan kesejahteraan sosial|ppks|buang air besar sembarangan|babs|open defecation|di bawah kebutuhan minimal|prevalence of undernourishment|liar|ilegal|illegal|pungli|pungutan liar|tanpa izin|aki|akb|akaba|akn|imr|mmr)\b/;
/**
 * Words that turn a lower-is-better subject into a higher-is-better indicator: its handling ("penanganan"),
 * its reduction, a place free of it ("desa bebas kasus malaria"), or the people reached ("penduduk miskin
 * yang menerima bantuan", "kasus kekerasan yang ditangani"): the subject is then who is served. Also a stand against it
 * or a score of its absence ("Indeks Perilaku Anti Korupsi", "Indeks Persepsi Korupsi": the higher, the cleaner).
 */
const TURN =
  /\b(anti|persepsi (anti )?korupsi|integritas|case detection( rate)?|cdr|penemuan kasus|treatment coverage|penurunan|menurunnya|berkurangnya|pengurangan|penanganan|pengendalian|terkendali|dikendalikan|tindak lanjut|puas|kepuasan|penyelesaian [a-z]+|kasus (yang )?(diselesaikan|ditangani|terselesaikan)|tertangani|terselesaikan|ditindaklanjuti|diselesaikan|cakupan|penempatan|pencegahan|perlindungan|penyelamatan|evakuasi|kesiapsiagaan|tanggap darurat|bebas|tangguh|siaga|rehabilitasi|perbaikan|pemulihan|keluar dari|penertiban|penindakan|pembongkaran|stop|odf|open defecation free|ditertibkan|ditindak|dibongkar|(ditangani|dilayani|terlayani|menerima|penerima|mendapat|mendapatkan|memperoleh|direhabilitasi|dientaskan|terentaskan|dibantu|didampingi|terdampingi|difasilitasi|terfasilitasi|ditanggulangi|tertanggulangi|terpenuhi|dipenuhi|pemenuhan|diobati|terobati|pengobatan))\b/;

/**
 * "yang" and a passive or resultative verb after the harm, or one of having or doing ("desa rawan bencana yang memiliki
 * rencana kontinjensi"): those reached, not the harm ("tunggakan yang tertagih",
 * "pengaduan yang direspon", "RTLH yang diperbaiki", "putus sekolah yang kembali bersekolah"). Verbs that
 * only record the harm keep it the subject ("kasus yang dilaporkan", "kematian yang terjadi").
 */
const SERVED = /\byang (kembali|memiliki|mempunyai|menerapkan|melaksanakan|menyusun|menggunakan|(di|ter|ber)[a-z]+)\b/;
const RECORDED =
  /\byang (berulang|terjadi|tercatat|terdata|terdaftar|dilaporkan|ditemukan|terlapor|terinfeksi|terjangkit|terdampak|meninggal|tertunda|terlambat|dijatuhi|terkena|terpapar|terlibat|terserang|terbakar|tergenang|terendam|tercemar|terganggu|terlantar)\b/;

/**
 * A duration ("waktu penyelesaian perizinan", "lama pelayanan", "waktu tanggap penanganan kebakaran", "response
 * time"): the time is the subject, so a handling word after it turns nothing; "penurunan waktu penyelesaian" still turns.
 */
const DURATION =
  /\b(waktu|lama)( waktu| rata rata)? (penyelesaian|pelayanan|layanan|tunggu|tempuh|proses|penerbitan|pengurusan|tanggap|respon|respons)\b|\bresponse time\b/;

/**
 * A handling verb under a negation ("temuan yang belum ditindaklanjuti", "pengaduan yang tidak
 * tertangani") names the harm left over, not those served: it turns nothing.
 */
const NEGATED = /\b(belum|tidak|tak|tanpa|gagal) [a-z]+\b/g;

const DENOMINATOR =
  /\b(?:berbanding|dibandingkan|dibanding|per jumlah|terhadap (?=(?:jumlah|total|seluruh|keseluruhan|target|sasaran|pdrb|apbd|pad|pendapatan|belanja|anggaran|penduduk|rata|standar|nilai|luas|panjang|kebutuhan|tahun|periode|populasi|angkatan)\b))/;

/** A document named after a harm ("kepemilikan akta kematian", "surat keterangan kematian"): coverage of the document. */
const DOCUMENT = /\b(akta|akte|kutipan akta|surat keterangan|surat kematian|keterangan) kematian\b/g;

export function isLowerBetter(indicator: string): boolean {
  // Only the subject counts: in "… berbanding dengan jumlah pengangguran" unemployment is the denominator.
  // "terhadap" starts one only before a quantity ("terhadap jumlah …", "terhadap PDRB"): in "kekerasan
  // terhadap perempuan dan anak yang ditangani" it names the victims, and the row is about those served.
  const w = words(indicator).split(DENOMINATOR)[0].replace(DOCUMENT, ' ');
  if (!LOWER.test(w)) return false;
  // The share of cases within a standard ("Persentase response time IGD ≤ 5 menit"): those served in time.
  if (/^(persentase|prosentase|cakupan|proporsi)\b/.test(w) && /(≤|<|=<|<=|\bkurang dari|\bmaks(imal)?\.?|\bpaling lama)\s*\d/i.test(indicator)) return false;
  // The SPM Damkar's "Tingkat waktu tanggap (response time rate)": the share of fires reached within the standard time.
  if (/\bresponse time rate\b|^tingkat waktu tanggap\b/.test(w)) return false;
  // A service named first ("Pelayanan informasi rawan bencana", "Penyediaan … korban bencana": the SPM's jenis layanan)
  // measures the service delivered, whatever harm it is about.
  if (/^((persentase|prosentase|cakupan|jumlah|capaian) )?(pelayanan|layanan|penyediaan|pemberian)\b/.test(w)) return false;
  const turning = w.replace(NEGATED, ' ');
  if (SERVED.test(turning) && !RECORDED.test(turning)) return false;
  // A time is the subject from its first word on: what is handled after it is what is timed ("waktu tanggap
  // (response time) penanganan kebakaran"); only a turn before it turns ("penurunan waktu penyelesaian").
  const timed = DURATION.exec(turning);
  return !TURN.test(timed ? turning.slice(0, timed.index) : turning);
}

/** Whether a text says anything of direction: a lower-is-better subject, or a word that turns one. */
/** Whether a text holds a word that makes an indicator higher-is-better ("ditemukan dan diobati", "penanganan"), read as saysDirection reads it. */
export function saysHigher(text: string): boolean {
  const w = words(text).split(DENOMINATOR)[0].replace(DOCUMENT, ' ');
  return TURN.test(w) || KNOWN_HIGHER.test(w);
}

/**
 * Indicators every office drives upward, by their standard names (IPM, Indeks SPBE, AHH, RLS/HLS, Nilai SAKIP, Indeks RB,
 * LPE, PDRB per kapita, IDM, IKLH, NTP): a table's note on how its lower-is-better rows are computed is never about them.
 */
const KNOWN_HIGHER =
  /\b(indeks pembangunan (manusia|gender)|ipm|idg|spbe|angka harapan hidup|ahh|(rata rata|harapan) lama sekolah|rls|hls|(nilai|predikat|hasil evaluasi) (sakip|akip|lakip)|indeks reformasi birokrasi|(laju )?pertumbuhan ekonomi|lpe|pdrb per kapita|indeks desa membangun|idm|indeks kualitas (lingkungan hidup|air|udara|tutupan lahan)|iklh|nilai tukar (petani|nelayan)|ntp|ntn|indeks daya saing)\b/;

export function saysDirection(text: string): boolean {
  // (Read as isLowerBetter reads it: a document's name, "Akta Kematian", says nothing of direction.)
  const w = words(text).split(DENOMINATOR)[0].replace(DOCUMENT, ' ');
  return LOWER.test(w) || TURN.test(w);
}

/**
 * Hospital indicators whose ideal is a band, not a direction (BOR 60–85 %, AvLOS 6–9 days, TOI 1–3 days, BTO 40–50
 * times): offices state their capaian as realisasi / target or by a lower-is-better formula, and neither is a slip.
 */
const BAND = /\b(bor|bed occupancy( rate)?|avlos|alos|(average )?length of stay|toi|turn over interval|bto|bed turn over)\b/;

export function isBandIndicator(indicator: string): boolean {
  return BAND.test(words(indicator));
}

/** A row's own note on its polarity ("makin kecil makin baik" in Keterangan, "Negatif" under Polaritas), or null. */
export function notedPolarity(text: string): Polarity | null {
  const w = words(text);
  // A Polarisasi column's Minimal / Maksimal (the SAKIP templates): the direction the indicator is driven.
  if (/\b(semakin|makin) (kecil|rendah|sedikit) (\w+ )?(semakin|makin) baik\b|\bpolaritas negatif\b|^(negatif|minimal|minimum)$|\bminimi[sz]e\b/.test(w))
    return 'lower';
  if (
    /\b(semakin|makin) (besar|tinggi|banyak) (\w+ )?(semakin|makin) baik\b|\bpolaritas positif\b|^(positif|maksimal|maksimum|maximal|maximum)$|\bmaximi[sz]e\b/.test(
      w,
    )
  )
    return 'higher';
  return null;
}

/**
 * The key of a row's polarity set by the user (Settings.polarity): the sheet and the row, 1-based
 * as Excel numbers it ("Tabel 3.1!12"). The one spelling the engine, the pane and the saved
 * settings share.
 */
export function polarityKey(sheet: string, row0: number): string {
  return `${sheet}!${row0 + 1}`;
}

/** Excel's limits: sheet names of 1–31 characters, rows 1 to 1 048 576. */
const KEY = /^(.{1,31})!([1-9]\d{0,6})$/s;
const MAX_ROW = 1_048_576;

/** A key's sheet and 1-based row, or null for a key that could not name a row ("Tabel 3.1!12" → Tabel 3.1, 12). */
export function parsePolarityKey(key: string): { sheet: string; row: number } | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const row = Number(m[2]);
  return row <= MAX_ROW ? { sheet: m[1], row } : null;
}
