import postgres from 'postgres'
import { createScratchPostgres } from './test/test-database.ts'
const scratch = await createScratchPostgres()
const sql = postgres(scratch.url, { max: 10 })
await sql`select 1`
for (const r of [1,2]) {
let t0 = performance.now()
await Promise.all(Array.from({length: 5000}, (_, i) => sql`select ${i}::int as x`))
console.log('select1 rps', (5000 / (performance.now() - t0) * 1000).toFixed(0))
t0 = performance.now()
await Promise.all(Array.from({length: 5000}, (_, i) => sql.unsafe('select $1::int as x', [i])))
console.log('unsafe unprepared rps', (5000 / (performance.now() - t0) * 1000).toFixed(0))
}
await sql.end(); await scratch.drop()
