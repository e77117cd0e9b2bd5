import { FINDING_TYPES, STAGES } from '../../model/finding-types.ts'
import { FINDING_TABLES, Severity } from '../../model/finding.ts'
import { schemaOf, type Field, type TabularResource } from '../table-schema.ts'

/** A space-separated list of `values`, as an XML Schema pattern (Table Schema's flavour). */
const listOf = (values: readonly string[]) => `(${values.join('|')})( (${values.join('|')}))*`

const text = (name: string, title: string, description: string): Field => ({
  name,
  type: 'string',
  title,
  description,
  constraints: { required: true },
})

/**
 * The catalogue of finding types of the gongkai that built the release: what each `rule` of
 * validation-findings.csv means. Code, not data of the report, so every release carries it whole.
 */
export function findingTypesResource(): TabularResource {
  return {
    name: 'finding-types',
    title: '校验结果类型 (finding types)',
    description:
      'The catalogue of finding types, one row per rule id of validation-findings.csv: what it means, the severities it can have, ' +
      'the tables it can point at and whether the parser (ingest: a repair or an unreadable cell) or a validation rule emits it. ' +
      'Lists are space-separated. It lists every type the builder can emit, found in this report or not.',
    schema: schemaOf([
      {
        ...text(
          'type',
          '类型 (type)',
          'The stable kebab-case id: the rule of validation-findings.csv.',
        ),
        constraints: { required: true, unique: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
      },
      {
        ...text(
          'severities',
          '严重程度 (severities)',
          'Every severity a finding of this type can have.',
        ),
        constraints: { required: true, pattern: listOf(Severity.options) },
      },
      {
        ...text(
          'tables',
          '表 (tables)',
          'Every table (01 … 09) or part of the report it can point at.',
        ),
        constraints: { required: true, pattern: listOf(FINDING_TABLES) },
      },
      {
        ...text(
          'stages',
          '来源 (stages)',
          'ingest (the parser), validate (a validation rule), release (the release builder, about the files it writes), or more than one.',
        ),
        constraints: { required: true, pattern: listOf(STAGES) },
      },
      text('title_zh', '名称 (title, Chinese)', 'What the finding says, in a few words.'),
      text('title_en', '名称 (title, English)', 'What the finding says, in a few words.'),
      text(
        'description_zh',
        '说明 (description, Chinese)',
        'What is checked or repaired, and when it is how severe.',
      ),
      text(
        'description_en',
        '说明 (description, English)',
        'What is checked or repaired, and when it is how severe.',
      ),
    ]),
    rows: FINDING_TYPES.map((t) => [
      t.type,
      t.severities.join(' '),
      t.tables.join(' '),
      t.stages.join(' '),
      t.title.zh,
      t.title.en,
      t.description.zh,
      t.description.en,
    ]),
    candidateKeys: [['type']],
  }
}
