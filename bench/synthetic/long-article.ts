/**
 * One very long article for size benchmarks and tests: realistic Arabic news
 * sentences that name two demo entities (قطر and حكومة الوفاق) several times
 * each, in paragraphs of a few hundred words, with the odd heading, list and
 * link a real article has. The text is deterministic, so two runs time the
 * same work.
 */

/** Entities every sentence names; their files are in the demo content (content/actors). */
export const LONG_ARTICLE_ACTORS = ['qatar', 'government-of-national-accord'] as const;

/**
 * Each names قطر and حكومة الوفاق several times, with the proclitics Arabic
 * attaches to them: about 36 mentions per kilobyte, the density of the report
 * (30,000 mentions in 836 KB).
 */
const SENTENCES = [
  'وقالت قطر إن حكومة الوفاق شريكتها، وردّت حكومة الوفاق بأن قطر حليف ثابت.',
  'وبحث وفد من قطر مع حكومة الوفاق ما عرضته قطر على حكومة الوفاق.',
  'وأكدت حكومة الوفاق أن قطر لم تغيّر موقفها، وأن قطر مع حكومة الوفاق.',
  'ورحّبت حكومة الوفاق بمبادرة قطر، ودعت قطر حكومة الوفاق إلى الحوار مع قطر.',
  'وقال مسؤول في حكومة الوفاق إن قطر أوفت، وإن حكومة الوفاق تقدّر قطر وإن الدوحة قريبة من قطر.',
  'قطر وحكومة الوفاق، ثم حكومة الوفاق وقطر: هكذا بدأت بيانات قطر وحكومة الوفاق.',
] as const;

/** Words per paragraph, roughly: a long news paragraph. */
const SENTENCES_PER_PARAGRAPH = 18;

export interface LongArticle {
  /** The whole file: frontmatter and body. */
  file: string;
  body: string;
  /** Sentences written, list items included. */
  sentences: number;
}

/**
 * How the text is laid out: paragraphs of about 250 words each on one line
 * (how most editors save prose), the whole text as one paragraph on one
 * line (pasted from a tool that drops line breaks), or one paragraph with a
 * line break after each sentence.
 */
export type ArticleShape = 'paragraphs' | 'one-line' | 'one-paragraph';

/** An article whose body is about `bytes` long (UTF-8), built from whole paragraphs. */
export function longArticle(bytes: number, shape: ArticleShape = 'paragraphs'): LongArticle {
  const paragraphs: string[] = [];
  let size = 0;
  let sentences = 0;
  const separator = shape === 'one-paragraph' ? '\n' : ' ';
  for (let paragraph = 0; size < bytes; paragraph++) {
    let text = '';
    if (paragraph % 10 === 9 && shape === 'paragraphs') text += `## محطة ${paragraph + 1} في علاقة قطر بحكومة الوفاق\n\n`;
    const parts: string[] = [];
    for (let index = 0; index < SENTENCES_PER_PARAGRAPH; index++) parts.push(SENTENCES[(paragraph + index) % SENTENCES.length] ?? '');
    sentences += SENTENCES_PER_PARAGRAPH;
    text += parts.join(separator);
    if (paragraph % 7 === 6) text += ' ([المصدر](https://example.org/news/' + paragraph + '))';
    if (paragraph % 13 === 12 && shape === 'paragraphs') {
      text += `\n\n- ما أعلنته قطر\n- ما ردّت به حكومة الوفاق\n- ما اتفقت عليه قطر وحكومة الوفاق`;
      sentences += 1;
    }
    paragraphs.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  const body = paragraphs.join(shape === 'paragraphs' ? '\n\n' : separator) + '\n';
  const file = [
    '---',
    'title: قطر وحكومة الوفاق في عام كامل',
    'date: 2020-10-26',
    'summary: تسلسل طويل لما جرى بين قطر وحكومة الوفاق.',
    `actors: [${LONG_ARTICLE_ACTORS.join(', ')}]`,
    '---',
    '',
    body,
  ].join('\n');
  return { file, body, sentences };
}
