import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = dirname(fileURLToPath(import.meta.url))
const IMPORT = /(?:import|export)\s[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]/g

/** Every source file (tests aside) with the files it imports, as paths relative to src/. */
function sourceGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(SRC, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) {
        const text = readFileSync(join(SRC, path), 'utf8')
        graph.set(path, [...text.matchAll(IMPORT)].map((m) => normalize(join(dirname(path), m[1] ?? m[2]!))))
      }
    }
  }
  walk('.')
  return graph
}

/** The folder a file belongs to: `features/chat`, `live`, `db`…; files at the root are their own. */
const folderOf = (path: string) => {
  const parts = path.split('/')
  if (parts[0] === 'features') return `features/${parts[1]}`
  return parts.length === 1 ? path : parts[0]!
}

/** Folder cycles, each as the folders it passes through. */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (folder: string) => {
    state.set(folder, 'open')
    stack.push(folder)
    for (const next of edges.get(folder) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(folder, 'done')
  }
  for (const folder of edges.keys()) if (!state.has(folder)) visit(folder)
  return cycles
}

describe('the server’s floor plan', () => {
  const graph = sourceGraph()
  const edges = new Map<string, Set<string>>()
  for (const [file, imports] of graph) {
    for (const target of imports) {
      const [from, to] = [folderOf(file), folderOf(target)]
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to))
    }
  }

  it('has no import cycle between folders', () => {
    expect(folderCycles(edges)).toEqual([])
  })

  it('lets features reach each other only through their index.ts', () => {
    const reachedInside = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => target.startsWith('features/') && folderOf(target) !== folderOf(file) && !target.endsWith('/index.ts'))
        .map((target) => `${file} → ${target}`),
    )
    expect(reachedInside).toEqual([])
  })

  it('gives every feature a face that says what it is for', () => {
    const features = readdirSync(join(SRC, 'features'))
    const faceless = features.filter((feature) => {
      const face = graph.has(`features/${feature}/index.ts`) && readFileSync(join(SRC, 'features', feature, 'index.ts'), 'utf8')
      return !face || !face.startsWith('/**')
    })
    expect(faceless).toEqual([])
  })

  it('keeps app.ts at the top: only the entries and the package face import it', () => {
    const importers = [...graph].filter(([, imports]) => imports.includes('app.ts')).map(([file]) => relative('.', file))
    expect(importers.filter((file) => !file.startsWith('entry/') && file !== 'index.ts')).toEqual([])
  })
})
