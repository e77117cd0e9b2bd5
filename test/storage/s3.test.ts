import { it } from 'vitest'
import { s3Store } from '../../src/storage/s3.ts'
import { S3_MISSING, s3TestServer } from '../support/s3.ts'
import { testStore } from './conformance.ts'

const server = s3TestServer()

if (server) {
  const options = server.bucket('conformance')
  testStore('s3', async () => s3Store(await options))
} else {
  it.skip(`s3 store: ${S3_MISSING}`)
}
