import postgres from 'postgres'

/** A fresh PostgreSQL database for one benchmark run, dropped afterwards. */
export async function scratchPostgres(adminUrl: string) {
  const name = `porchlight_bench_${Date.now().toString(36)}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}
