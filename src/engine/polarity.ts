/**
 * Lower-is-better indicators (unemployment, disputes, cases, poverty …) are recognised from
 * their words; the user can set a row's polarity in the settings.
 */
import { words } from './text';

const LOWER =
  /\b(pengangguran|sengketa|perselisihan|kasus|kemiskinan|miskin|kematian|kecelakaan|pelanggaran|kriminal|kriminalitas|stunting|gizi buruk|wasting|underweight|kesakitan|prevalensi|inflasi|kerugian|tunggakan|kredit macet|npl|gini|ketimpangan|kesenjangan|kemacetan|banjir|genangan|kebakaran|kerusakan|pengaduan|keluhan|komplain|temuan|putus sekolah|buta aksara|buta huruf|pekerja anak|penyalahgunaan|narkoba|korupsi|deforestasi|lahan kritis|pencemaran|polusi|emisi|sampah tidak|konflik|bencana|korban|drop ?out|waktu (penyelesaian|pelayanan|tunggu|tempuh|proses)|lama (waktu|penyelesaian|pelayanan|proses)|rata rata lama|tingkat kehilangan|kebocoran|penduduk rentan|rumah tidak layak|rtlh|kumuh|stok opname hilang)\b/;
/** Words that turn a lower-is-better subject into a higher-is-better indicator. */
const TURN =
  /\b(penurunan|menurunnya|berkurangnya|pengurangan|penanganan|penyelesaian (kasus|sengketa|perselisihan|pengaduan)|kasus (yang )?(diselesaikan|ditangani|terselesaikan)|tertangani|terselesaikan|ditindaklanjuti|diselesaikan|cakupan|penempatan|pencegahan)\b/;

export function isLowerBetter(indicator: string): boolean {
  // Only the subject counts: in "… berbanding dengan jumlah pengangguran" unemployment is the denominator.
  const w = words(indicator).split(/\b(berbanding|dibandingkan|dibanding|terhadap|per jumlah)\b/)[0];
  if (!LOWER.test(w)) return false;
  return !TURN.test(w);
}
