import type { DatasetMetadata } from '../../src/model/dataset.ts'

/**
 * A dataset's metadata as a publisher writes it (`data/<id>/dataset.json`), for synthetic
 * releases. No Node APIs: the Worker's tests run it inside workerd too.
 */
export function datasetMetadata(
  id: string,
  source: { file: string; sha256: string } = { file: 'source.txt', sha256: '0'.repeat(64) },
): DatasetMetadata {
  return {
    id,
    title: { zh: `测试数据集 ${id}`, en: `Test dataset ${id}` },
    description: { zh: '部门决算公开表', en: 'Final-accounts disclosure tables' },
    publisher: { name: { zh: '测试单位', en: 'Test office' }, url: null },
    fiscalYear: 2020,
    unit: '万元',
    currency: 'CNY',
    language: ['zh-CN', 'en'],
    keywords: { zh: ['部门决算'], en: ['final accounts'] },
    temporalCoverage: { start: '2020-01-01', end: '2020-12-31' },
    source: { ...source, description: { zh: '原文', en: 'The report' }, url: null },
    license: { status: 'not-stated', statement: { zh: '未声明许可', en: 'No licence stated' } },
  }
}
