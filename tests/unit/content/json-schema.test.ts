import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/content/corpus.ts';
import {
  DATE_PATTERN,
  frontmatterJsonSchema,
  knownIds,
  renderSchemaFiles,
  SCHEMA_FILES,
  serializeJsonSchema,
  staleSchemaFiles,
  type JsonObject,
  type KnownIds,
} from '../../../src/lib/content/json-schema.ts';
import type { CollectionName } from '../../../src/lib/content/schema.ts';
import { renderNewFile } from '../../../src/lib/scaffold/template.ts';
import { makeContentRoot, VALID_FILES } from '../../helpers/content-root.ts';

const CONTENT = path.resolve('content');
const SCHEMAS = path.resolve('schemas');
const COLLECTIONS: CollectionName[] = ['articles', 'actors', 'agreements'];

/** Frontmatter as an editor's YAML 1.2 reader sees it: the core schema, so dates stay text. */
function frontmatterOf(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('no frontmatter');
  return parse(match[1] ?? '', { schema: 'core' });
}

function committedValidators(): Record<CollectionName, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const compile = (collection: CollectionName) =>
    ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, SCHEMA_FILES[collection]), 'utf8')) as JsonObject);
  return { articles: compile('articles'), actors: compile('actors'), agreements: compile('agreements') };
}

function contentFiles(): Array<{ collection: CollectionName; file: string }> {
  return COLLECTIONS.flatMap((collection) =>
    readdirSync(path.join(CONTENT, collection), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({ collection, file: path.join(collection, name) })),
  );
}

describe('the committed schemas', () => {
  it('are what npm run schema generates from content/', () => {
    expect(staleSchemaFiles(SCHEMAS, renderSchemaFiles(knownIds(loadCorpus(CONTENT))))).toEqual([]);
  });
  it('compile as draft-07 in strict mode', () => {
    const validators = committedValidators();
    for (const collection of COLLECTIONS) expect(typeof validators[collection]).toBe('function');
  });
});

describe('every content file in content/ is valid', () => {
  const validators = committedValidators();
  const files = contentFiles();
  it('finds files of all three kinds', () => {
    for (const collection of COLLECTIONS) expect(files.filter((file) => file.collection === collection).length).toBeGreaterThan(0);
  });
  it.each(files)('$file', ({ collection, file }) => {
    const validate = validators[collection];
    const valid = validate(frontmatterOf(readFileSync(path.join(CONTENT, file), 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('invalid frontmatter is rejected', () => {
  const validators = committedValidators();
  const article = { title: 'عنوان', date: '2020-10-26', summary: 'ملخص.', actors: ['qatar'], agreements: ['geneva-ceasefire-2020'] };
  const actor = { name: 'اسم', kind: 'person', affiliations: ['libyan-national-army'] };
  const agreement = { name: 'اتفاق', kind: 'ceasefire', signed: '2020-10-23', parties: ['qatar'], related: ['berlin-conference-2020'] };
  const errorsOf = (collection: CollectionName, data: unknown) => {
    const validate = validators[collection];
    return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
  };

  it('accepts the valid bases the cases below start from', () => {
    expect(errorsOf('articles', article)).toEqual([]);
    expect(errorsOf('actors', actor)).toEqual([]);
    expect(errorsOf('agreements', agreement)).toEqual([]);
  });
  it('an unknown field', () => {
    expect(errorsOf('articles', { ...article, autor: 'x' })).toContain(' additionalProperties');
    expect(errorsOf('articles', { ...article, source: { name: 'قنا', link: 'https://qna.org.qa' } })).toContain('/source additionalProperties');
  });
  it('a kind or status outside its list', () => {
    expect(errorsOf('actors', { ...actor, kind: 'warlord' })).toContain('/kind enum');
    expect(errorsOf('agreements', { ...agreement, status: 'broken' })).toContain('/status enum');
  });
  it('an id that names no file, or a file of the other folder', () => {
    expect(errorsOf('articles', { ...article, actors: ['qatar', 'qatr'] })).toContain('/actors/1 enum');
    expect(errorsOf('articles', { ...article, actors: ['geneva-ceasefire-2020'] })).toContain('/actors/0 enum');
    expect(errorsOf('actors', { ...actor, affiliations: ['Libyan National Army'] })).toContain('/affiliations/0 pattern');
    expect(errorsOf('agreements', { ...agreement, related: ['qatar'] })).toContain('/related/0 enum');
  });
  it('a malformed date, or a date YAML did not keep as text', () => {
    expect(errorsOf('articles', { ...article, date: '26/10/2020' })).toContain('/date pattern');
    expect(errorsOf('articles', { ...article, date: '2020-10-26T10:00' })).toContain('/date pattern');
    expect(errorsOf('agreements', { ...agreement, signed: 20201023 })).toContain('/signed type');
  });
  it('a missing required field, blank text, a non-http address', () => {
    const { summary: _summary, ...withoutSummary } = article;
    expect(errorsOf('articles', withoutSummary)).toContain(' required');
    expect(errorsOf('articles', { ...article, title: '   ' })).toContain('/title pattern');
    expect(errorsOf('articles', { ...article, source: { name: 'x', url: 'javascript:alert(1)' } })).toContain('/source/url pattern');
  });
  it('the placeholders npm run new writes', () => {
    const placeholders: Array<[CollectionName, 'article' | 'actor' | 'agreement', string]> = [
      ['articles', 'article', '/summary'],
      ['actors', 'actor', '/kind'],
      ['agreements', 'agreement', '/kind'],
    ];
    for (const [collection, kind, field] of placeholders) {
      const errors = errorsOf(collection, frontmatterOf(renderNewFile(kind, 'اسم جديد', '2021-02-03')));
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((error) => error.startsWith(`${field} `))).toBe(true);
    }
  });
});

describe('generating a schema', () => {
  const ids: KnownIds = { actors: ['qatar', 'turkey'], agreements: ['geneva-ceasefire-2020'] };
  const definition = (schema: JsonObject, name: string) => (schema['definitions'] as Record<string, JsonObject>)[name];

  it('offers the ids of the content root on every list of references', () => {
    const article = frontmatterJsonSchema('articles', ids);
    expect(definition(article, 'actorId')?.['enum']).toEqual(['qatar', 'turkey']);
    expect(definition(article, 'agreementId')?.['enum']).toEqual(['geneva-ceasefire-2020']);
    const agreement = frontmatterJsonSchema('agreements', ids);
    const properties = agreement['properties'] as Record<string, JsonObject>;
    for (const [field, target] of [['parties', 'actorId'], ['witnesses', 'actorId'], ['related', 'agreementId']] as const) {
      expect(properties[field]?.['items']).toEqual({ $ref: `#/definitions/${target}` });
    }
  });
  it('lists no enum when a folder is empty, so any well-formed id is accepted', () => {
    const schema = frontmatterJsonSchema('actors', { actors: [], agreements: [] });
    expect(definition(schema, 'actorId')).not.toHaveProperty('enum');
    expect(new Ajv().validate(schema, { name: 'اسم', kind: 'state', affiliations: ['anything-new'] })).toBe(true);
  });
  it('writes dates as text with a pattern, whatever zod makes of the union with Date', () => {
    const properties = frontmatterJsonSchema('articles', ids)['properties'] as Record<string, JsonObject>;
    expect(properties['date']).toMatchObject({ type: 'string', pattern: DATE_PATTERN });
    expect(properties['date']).not.toHaveProperty('anyOf');
  });
  it('closes every object and describes every field', () => {
    const check = (schema: JsonObject, where: string) => {
      expect(typeof schema['description'], `${where} description`).toBe('string');
      const properties = schema['properties'] as Record<string, JsonObject> | undefined;
      if (!properties) return;
      expect(schema['additionalProperties'], `${where} additionalProperties`).toBe(false);
      for (const [field, property] of Object.entries(properties)) {
        check(property, `${where}.${field}`);
        const variants = [property['items'], ...((property['anyOf'] as unknown[] | undefined) ?? [])];
        for (const variant of variants) if (variant && typeof variant === 'object' && 'properties' in variant) check(variant as JsonObject, `${where}.${field}[]`);
      }
    };
    for (const collection of COLLECTIONS) check(frontmatterJsonSchema(collection, ids), collection);
  });
  it('counts the ids of entity files that fail their schema, as npm run check does', () => {
    const root = makeContentRoot({ ...VALID_FILES, 'actors/russia.md': '---\nname: روسيا\n---\n' });
    expect(knownIds(loadCorpus(root)).actors).toEqual(['khalifa-haftar', 'libyan-national-army', 'qatar', 'russia']);
  });
  it('serialises with a fixed keyword order, the field order kept, two-space indent and a final newline', () => {
    const text = serializeJsonSchema({ properties: { b: { type: 'string', description: 'B' }, a: { default: 1, type: 'number' } }, type: 'object', $schema: 'x' });
    expect(text).toBe(
      '{\n  "$schema": "x",\n  "type": "object",\n  "properties": {\n    "b": {\n      "description": "B",\n      "type": "string"\n    },\n    "a": {\n      "type": "number",\n      "default": 1\n    }\n  }\n}\n',
    );
  });
  it('is deterministic', () => {
    expect(renderSchemaFiles(ids)).toEqual(renderSchemaFiles({ actors: [...ids.actors], agreements: [...ids.agreements] }));
  });
});

describe('npm run schema -- --check', () => {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const run = (contentDir: string) =>
    spawnSync(tsx, [path.resolve('scripts/schema.ts'), '--check'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });

  it('passes on the demo content', () => {
    const { status, stdout } = run(CONTENT);
    expect(stdout).toContain('3 schemas up to date');
    expect(status).toBe(0);
  });
  it('exits 1 naming each stale file when the ids differ, without a stack trace', () => {
    const { status, stderr } = run(makeContentRoot(VALID_FILES));
    expect(status).toBe(1);
    expect(stderr).toContain('schemas/article.schema.json is out of date with the content: run npm run schema and commit the result');
    expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
