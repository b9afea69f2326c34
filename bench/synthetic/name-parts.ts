/**
 * The words entity names are built from, each with the Latin spelling the
 * English name uses. None of these words may appear in the running-text
 * vocabulary (vocabulary-ar.ts, vocabulary-en.ts): that is what lets the
 * generator know exactly which entities an article mentions
 * (see reserved.ts; tests/unit/corpus/vocabulary.test.ts holds it).
 */

/** Grammatical gender, for verbs that agree with a person. */
export type Gender = 'm' | 'f';

/** An Arabic word or phrase and its English rendering. */
export interface NamePart {
  ar: string;
  en: string;
}

/** A given name and the gender it belongs to. */
export interface GivenName extends NamePart {
  gender: Gender;
}

/** Common given names, written as in Arabic news text. */
export const GIVEN_NAMES: readonly GivenName[] = [
  { ar: 'محمد', en: 'Mohammed', gender: 'm' },
  { ar: 'أحمد', en: 'Ahmed', gender: 'm' },
  { ar: 'عمر', en: 'Omar', gender: 'm' },
  { ar: 'خالد', en: 'Khaled', gender: 'm' },
  { ar: 'يوسف', en: 'Youssef', gender: 'm' },
  { ar: 'إبراهيم', en: 'Ibrahim', gender: 'm' },
  { ar: 'مصطفى', en: 'Mustafa', gender: 'm' },
  { ar: 'حسن', en: 'Hassan', gender: 'm' },
  { ar: 'حسين', en: 'Hussein', gender: 'm' },
  { ar: 'سالم', en: 'Salem', gender: 'm' },
  { ar: 'عبد الرحمن', en: 'Abdelrahman', gender: 'm' },
  { ar: 'عبد الله', en: 'Abdallah', gender: 'm' },
  { ar: 'صالح', en: 'Saleh', gender: 'm' },
  { ar: 'فتحي', en: 'Fathi', gender: 'm' },
  { ar: 'سليمان', en: 'Suleiman', gender: 'm' },
  { ar: 'طارق', en: 'Tarek', gender: 'm' },
  { ar: 'ماجد', en: 'Majed', gender: 'm' },
  { ar: 'نبيل', en: 'Nabil', gender: 'm' },
  { ar: 'رمضان', en: 'Ramadan', gender: 'm' },
  { ar: 'عادل', en: 'Adel', gender: 'm' },
  { ar: 'منصور', en: 'Mansour', gender: 'm' },
  { ar: 'ناصر', en: 'Nasser', gender: 'm' },
  { ar: 'جمال', en: 'Jamal', gender: 'm' },
  { ar: 'هشام', en: 'Hisham', gender: 'm' },
  { ar: 'وليد', en: 'Walid', gender: 'm' },
  { ar: 'كمال', en: 'Kamal', gender: 'm' },
  { ar: 'مراد', en: 'Murad', gender: 'm' },
  { ar: 'زياد', en: 'Ziad', gender: 'm' },
  { ar: 'بشير', en: 'Bashir', gender: 'm' },
  { ar: 'فاطمة', en: 'Fatima', gender: 'f' },
  { ar: 'مريم', en: 'Maryam', gender: 'f' },
  { ar: 'سعاد', en: 'Souad', gender: 'f' },
  { ar: 'نجلاء', en: 'Najla', gender: 'f' },
  { ar: 'هدى', en: 'Huda', gender: 'f' },
  { ar: 'آمنة', en: 'Amna', gender: 'f' },
  { ar: 'ليلى', en: 'Layla', gender: 'f' },
  { ar: 'سلوى', en: 'Salwa', gender: 'f' },
  { ar: 'خديجة', en: 'Khadija', gender: 'f' },
  { ar: 'رانيا', en: 'Rania', gender: 'f' },
];

/** Titles written before a person's name in some aliases. */
export const TITLES: Readonly<Record<Gender, readonly string[]>> = {
  m: ['اللواء', 'العقيد', 'الدكتور', 'الشيخ', 'السفير', 'المستشار', 'العميد'],
  f: ['الدكتورة', 'السفيرة', 'المستشارة'],
};

/** Armed groups: the unit word, indefinite (in the name) and definite (in numbered aliases). */
export const UNIT_TYPES: readonly (NamePart & { definite?: string })[] = [
  { ar: 'كتيبة', en: 'Battalion', definite: 'الكتيبة' },
  { ar: 'لواء', en: 'Brigade', definite: 'اللواء' },
  { ar: 'سرايا', en: 'Companies' },
  { ar: 'قوات', en: 'Forces' },
  { ar: 'كتائب', en: 'Battalions' },
  { ar: 'جبهة', en: 'Front' },
];

/** Epithets some armed groups add to their name. */
export const UNIT_EPITHETS: readonly NamePart[] = [
  { ar: 'درع', en: 'Shield' },
  { ar: 'صقور', en: 'Falcons' },
  { ar: 'حماة', en: 'Guardians' },
  { ar: 'فرسان', en: 'Knights' },
  { ar: 'أسود', en: 'Lions' },
];

/** How a government qualifies itself after the place: «حكومة برقان المؤقتة». */
export const GOVERNMENT_STYLES: readonly NamePart[] = [
  { ar: 'المؤقتة', en: 'Interim' },
  { ar: 'الموحدة', en: 'Unified' },
];

/** What a government says it stands for: «حكومة الإنقاذ البرقانية». */
export const GOVERNMENT_PROGRAMMES: readonly NamePart[] = [
  { ar: 'الإنقاذ', en: 'Salvation' },
  { ar: 'التوافق', en: 'Concord' },
  { ar: 'الوحدة', en: 'Unity' },
];

/** The formal style of a state: «جمهورية برقان». */
export const STATE_STYLES: readonly NamePart[] = [
  { ar: 'جمهورية', en: 'Republic' },
  { ar: 'مملكة', en: 'Kingdom' },
  { ar: 'دولة', en: 'State' },
];

/** Party programmes, definite. */
export const IDEALS: readonly NamePart[] = [
  { ar: 'التجديد', en: 'Renewal' },
  { ar: 'العدالة', en: 'Justice' },
  { ar: 'البناء', en: 'Construction' },
  { ar: 'النهضة', en: 'Revival' },
  { ar: 'الإصلاح', en: 'Reform' },
  { ar: 'الكرامة', en: 'Dignity' },
  { ar: 'المستقبل', en: 'Future' },
  { ar: 'الحرية', en: 'Freedom' },
  { ar: 'التغيير', en: 'Change' },
  { ar: 'الرخاء', en: 'Prosperity' },
  { ar: 'الأصالة', en: 'Heritage' },
  { ar: 'التقدم', en: 'Progress' },
];

/** Parties and movements. */
export const PARTY_TYPES: readonly NamePart[] = [
  { ar: 'حزب', en: 'Party' },
  { ar: 'تيار', en: 'Movement' },
];

/** Regional bodies, named around a region («حوض برقان»). */
export const REGIONAL_BODIES: readonly { ar: (region: string) => string; en: (region: string) => string }[] = [
  { ar: (region) => `منظمة دول ${region}`, en: (region) => `${region} States Organisation` },
  { ar: (region) => `رابطة دول ${region}`, en: (region) => `${region} States League` },
  { ar: (region) => `مجموعة ${region} للتكامل`, en: (region) => `${region} Integration Community` },
  { ar: (region) => `منتدى ${region} للتعاون`, en: (region) => `${region} Cooperation Forum` },
  { ar: (region) => `بعثة مراقبة ${region}`, en: (region) => `${region} Monitoring Mission` },
];

/** Regions named after a place: «حوض برقان». */
export const REGION_KINDS: readonly NamePart[] = [
  { ar: 'حوض', en: 'Basin' },
  { ar: 'ساحل', en: 'Coast' },
  { ar: 'هضبة', en: 'Plateau' },
];

/** Media: Arabic before and after the stem, English around it. */
export const OUTLETS: readonly { before: string; after: string; en: (stem: string) => string; alias?: string }[] = [
  { before: 'قناة', after: '', en: (stem) => `${stem} TV`, alias: 'فضائية' },
  { before: 'صحيفة', after: 'اليومية', en: (stem) => `${stem} Daily` },
  { before: 'وكالة', after: 'للأنباء', en: (stem) => `${stem} News Agency` },
  { before: 'إذاعة', after: 'الحرة', en: (stem) => `Free Radio ${stem}` },
  { before: 'موقع', after: 'الإخباري', en: (stem) => `${stem} Newswire` },
  { before: 'شبكة', after: 'الإعلامية', en: (stem) => `${stem} Media Network` },
];

/** What a public body or association works on, written with its لـ. */
export const TOPICS: readonly NamePart[] = [
  { ar: 'للانتخابات', en: 'Elections' },
  { ar: 'للإغاثة', en: 'Relief' },
  { ar: 'للنفط', en: 'Oil' },
  { ar: 'للمصالحة', en: 'Reconciliation' },
  { ar: 'للتنمية', en: 'Development' },
  { ar: 'للإعلام', en: 'Media' },
  { ar: 'للشباب', en: 'Youth' },
  { ar: 'للمياه', en: 'Water' },
  { ar: 'للاستثمار', en: 'Investment' },
  { ar: 'للطاقة', en: 'Energy' },
];

/** Public bodies named by scope and topic (the «الهيئة الوطنية لـ…» family). */
export const BODIES: readonly { ar: string; en: string }[] = [
  { ar: 'الهيئة الوطنية', en: 'National {topic} Authority' },
  { ar: 'المفوضية العليا', en: 'High {topic} Commission' },
  { ar: 'المؤسسة الوطنية', en: 'National {topic} Corporation' },
  { ar: 'الهيئة العليا', en: 'Supreme {topic} Authority' },
];

/** Associations and centres named after a place. */
export const ASSOCIATIONS: readonly { before: string; after: string; en: (stem: string) => string }[] = [
  { before: 'جمعية', after: 'الخيرية', en: (stem) => `${stem} Charitable Society` },
  { before: 'مركز', after: 'للدراسات', en: (stem) => `${stem} Studies Centre` },
  { before: 'اتحاد نقابات', after: '', en: (stem) => `${stem} Trade Union Federation` },
  { before: 'رابطة أعيان', after: '', en: (stem) => `${stem} Notables Council` },
];

/** Memoranda: the adjective after «مذكرة تفاهم <place>». */
export const MOU_SUBJECTS: readonly NamePart[] = [
  { ar: 'البحرية', en: 'Maritime' },
  { ar: 'الجمركية', en: 'Customs' },
  { ar: 'الزراعية', en: 'Agricultural' },
  { ar: 'المصرفية', en: 'Banking' },
];

/** Declarations and other documents named after a place. */
export const DOCUMENTS: readonly NamePart[] = [
  { ar: 'إعلان', en: 'Declaration' },
  { ar: 'خريطة طريق', en: 'Roadmap' },
  { ar: 'ميثاق', en: 'Charter' },
];
