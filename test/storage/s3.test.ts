import { describe, expect, it } from 'vitest'
import { s3OptionsFromEnv, s3Store } from '../../src/storage/s3.ts'
import { S3_MISSING, s3TestServer } from '../support/s3.ts'
import { testStore } from './conformance.ts'

const server = s3TestServer()

if (server) {
  const options = server.bucket('conformance')
  testStore('s3', async () => s3Store(await options))

  it('names a missing bucket instead of reporting a missing object', async () => {
    const store = s3Store({ ...(await options), bucket: 'gongkai-no-such-bucket' })
    await expect(store.get('a.json')).rejects.toThrow(
      /GetObject gongkai-no-such-bucket\/a\.json failed: NoSuchBucket/,
    )
    await expect(store.put('a.json', 'x', { ifMatch: 'abc' })).rejects.toThrow(/NoSuchBucket/)
    await expect(store.get('a.json')).rejects.toThrow(
      /create it, or set GONGKAI_BUCKET to one that does/,
    )
  })
  it('says which variables to check when the store refuses the credentials', async () => {
    const given = await options
    const store = s3Store({
      ...given,
      credentials: {
        accessKeyId: given.credentials!.accessKeyId,
        secretAccessKey: 'not-the-secret',
      },
    })
    await expect(store.get('a.json')).rejects.toThrow(
      /refused these credentials .*check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION/,
    )
  })
} else {
  it.skip(`s3 store: ${S3_MISSING}`)
}

describe('S3 settings from the environment', () => {
  it('reads the SDK’s own variables and GONGKAI_BUCKET', () => {
    expect(
      s3OptionsFromEnv({
        GONGKAI_BUCKET: 'releases',
        AWS_ENDPOINT_URL_S3: 'https://example.r2.cloudflarestorage.com',
        AWS_REGION: 'auto',
        AWS_ACCESS_KEY_ID: 'id',
        AWS_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      bucket: 'releases',
      endpoint: 'https://example.r2.cloudflarestorage.com',
      region: 'auto',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    })
    expect(s3OptionsFromEnv({ GONGKAI_BUCKET: 'releases' })).toEqual({ bucket: 'releases' })
  })

  it('says which variable is missing', () => {
    expect(() => s3OptionsFromEnv({ AWS_REGION: 'auto' })).toThrow(
      /^GONGKAI_BUCKET is not set: name the bucket/,
    )
  })
})
