/** The text of each generated file: YAML frontmatter between `---` lines, then the Markdown body. */
import type { GeneratedArticle } from './article.ts';
import type { CorpusEntity } from './entity.ts';
import { yamlFlowList, yamlScalar } from './yaml.ts';

function file(frontmatter: readonly string[], body: string): string {
  return `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`;
}

const optional = (key: string, value: string | undefined): string[] => (value === undefined ? [] : [`${key}: ${yamlScalar(value)}`]);
/** Dates are written bare: `YYYY-MM-DD` is what the schema reads. */
const optionalDate = (key: string, value: string | undefined): string[] => (value === undefined ? [] : [`${key}: ${value}`]);
const optionalList = (key: string, values: readonly string[]): string[] => (values.length === 0 ? [] : [`${key}: ${yamlFlowList(values)}`]);

/** The file text of a generated article. */
export function renderArticle(article: GeneratedArticle): string {
  const lines = [
    `title: ${yamlScalar(article.title)}`,
    `date: ${article.date}`,
    `summary: ${yamlScalar(article.summary)}`,
    ...(article.lang === 'ar' ? [] : [`lang: ${article.lang}`]),
    ...optionalList('actors', article.actors),
    ...optionalList('agreements', article.agreements),
    ...optionalList('tags', article.tags),
  ];
  if (article.source) {
    lines.push('source:', `  name: ${yamlScalar(article.source.name)}`, `  url: ${article.source.url}`, `  date: ${article.source.date}`);
  }
  lines.push(...optionalDate('updated', article.updated));
  if (article.draft) lines.push('draft: true');
  if (!article.autolink) lines.push('autolink: false');
  return file(lines, article.body);
}

/** The file text of a generated actor or agreement. */
export function renderEntity(entity: CorpusEntity): string {
  const lines = [`name: ${yamlScalar(entity.name)}`, ...optional('name_en', entity.nameEn), `kind: ${entity.kind}`];
  if (entity.aliases.length > 0) lines.push('aliases:', ...entity.aliases.map((alias) => `  - ${yamlScalar(alias)}`));
  if (entity.collection === 'actors') {
    lines.push(
      ...optionalList('affiliations', entity.affiliations),
      ...optionalDate('born', entity.born),
      ...optionalDate('founded', entity.founded),
      ...optionalDate('dissolved', entity.dissolved),
    );
  } else {
    lines.push(
      `signed: ${entity.signed}`,
      ...optional('place', entity.place),
      ...optional('status', entity.status),
      ...optionalList('parties', entity.parties),
      ...optionalList('witnesses', entity.witnesses),
      ...optionalList('related', entity.related),
      ...optional('text_url', entity.textUrl),
    );
  }
  return file(lines, entity.description);
}

/** Where an entity's file goes under the content root. */
export function entityPath(entity: CorpusEntity): string {
  return `${entity.collection}/${entity.id}.md`;
}
