/** A small content root with names the registry lacks, for `npm run aliases -- suggest` tests. */
const article = (actors: string, body: string) =>
  `---\ntitle: عنوان\ndate: 2020-06-01\nsummary: ملخص\nactors: [${actors}]\n---\n\n${body}\n`;

export const ALIAS_FILES: Record<string, string> = {
  'actors/fayez-al-sarraj.md':
    '---\nname: فائز السراج\nkind: person\naliases: [السراج]\naffiliations: [government-of-national-accord]\n---\n',
  'actors/government-of-national-accord.md': '---\nname: حكومة الوفاق الوطني\nkind: government\naliases: [الوفاق]\n---\n',
  'actors/osama-juwaili.md': '---\nname: أسامة الجويلي\nkind: person\nnot: [شارع الجويلي]\n---\n',
  'actors/ahmed-al-mismari.md': '---\nname: أحمد المسماري\nkind: person\n---\n',
  'actors/ali-al-mismari.md': '---\nname: علي المسماري\nkind: person\n---\n',
  'actors/khalifa-haftar.md': '---\nname: خليفة حفتر\nkind: person\naliases: [حفتر]\naffiliations: [libyan-national-army]\n---\n',
  'actors/libyan-national-army.md': '---\nname: الجيش الوطني الليبي\nkind: armed-group\n---\n',
  'actors/salah-badi.md': '---\nname: صلاح بادي\nkind: person\n---\n',
  // Line 8 of each article is its body's first line.
  'articles/2020/06/a1.md': article(
    'government-of-national-accord, osama-juwaili, libyan-national-army, fayez-al-sarraj, khalifa-haftar',
    'أعلنت حكومة السراج أن الجويلي سيقود العملية.\n\nواشتبكت قوات حفتر مع وفاق الأطراف.',
  ),
  'articles/2020/06/a2.md': article(
    'osama-juwaili, libyan-national-army, fayez-al-sarraj, khalifa-haftar',
    'وقالت حكومة الوفاق إن حكومة السراج لن تتراجع، وإن الجويلي باق.\n\nواتهمت قوات حفتر أطرافا بخرق وفاق سابق. وقال المسماري ذلك.',
  ),
  'articles/2020/06/a3.md': article(
    'fayez-al-sarraj, osama-juwaili',
    'انتقد معارضون حكومة السراج. وصرح المسماري.\n\nوأكد أسامة الجويلي ذلك في شارع الجويلي. `الجويلي`',
  ),
  'articles/2020/06/a4.md': article(
    'salah-badi, khalifa-haftar',
    'هاجمت قوات صلاح بادي المطار ثم انسحبت قوات صلاح بادي.\n\nوتقدم جيش حفتر.',
  ),
};
