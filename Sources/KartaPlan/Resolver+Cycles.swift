import KartaLanguage

/// Sections nested in themselves and items that wait for themselves: a `parent:` or `after:` link
/// that leads back where it started. Walked without recursion, so a chain of thousands of
/// sections costs no stack, and each tangle is reported once.
extension Resolver {
  /// One `parent:` or `after:` reference: the element it is written on, the target, and where.
  private struct Link {
    var from: String
    var to: String
    var range: SourceRange
    var file: String
  }

  mutating func checkCycles() {
    var parents: [String: [Link]] = [:]
    var dependencies: [String: [Link]] = [:]
    let declarations = self.declarations
    for index in declarations.indices {
      let syntax = declarations[index].syntax
      guard let id = syntax.identifier?.text else { continue }
      switch syntax.keyword.keyword {
      case .section:
        if let parent = syntax.property(.parent), let range = parent.value.range, !parent.value.isEmpty {
          parents[id, default: []].append(
            Link(from: id, to: parent.value.text, range: range, file: declarations[index].file))
        }
      case .item:
        for property in syntax.properties.indices where syntax.properties[property].keyword.keyword == .after {
          for target in identifiers(syntax.properties[property].value) {
            dependencies[id, default: []].append(
              Link(from: id, to: target.text, range: target.range, file: declarations[index].file))
          }
        }
      default:
        break
      }
    }
    reportCycles(in: parents, order: plan.sections.map(\.id), id: .sectionCycle, kind: "section", link: "parent")
    reportCycles(in: dependencies, order: plan.items.map(\.id), id: .dependencyCycle, kind: "item", link: "after")
  }

  /// Reports every link that names its own element, then each strongly connected group of two or
  /// more elements once: named by its first member in plan order, at that member's link on the
  /// shortest way round, with that way as the note (its middle elided past `chainLimit`
  /// elements). Linear in the number of links, so 80,000 items in one tangle report one line.
  private mutating func reportCycles(
    in graph: [String: [Link]], order: [String], id: DiagnosticID, kind: String, link: String
  ) {
    // Only elements with links of their own can be on a cycle: the others are left out of the
    // search (an element that is only a target is a dead end), which keeps plan order.
    guard !graph.isEmpty else { return }
    var index: [String: Int] = [:]
    var elements: [String] = []
    for element in order where index[element] == nil && graph[element] != nil {
      index[element] = elements.count
      elements.append(element)
    }
    let nodes = elements.count
    // The links of each element that lead to a known element, by element number.
    var edges: [[(target: Int, link: Link)]] = Array(repeating: [], count: nodes)
    for (number, element) in elements.enumerated() {
      for edge in graph[element] ?? [] {
        guard let target = index[edge.to] else { continue }
        if target == number {
          report(id, kind: kind, link: link, at: edge, chain: [element, element])
        } else {
          edges[number].append((target, edge))
        }
      }
    }
    let component = stronglyConnectedComponents(edges)
    // A component of one element has no cycle (its self-links are reported above): no search.
    var size = Array(repeating: 0, count: nodes)
    for element in 0..<nodes { size[component[element]] += 1 }
    var seen = Array(repeating: false, count: nodes)
    for first in 0..<nodes where !seen[component[first]] {
      seen[component[first]] = true
      guard size[component[first]] > 1,
        let (closing, chain) = shortestCycle(through: first, edges: edges, component: component)
      else { continue }
      report(id, kind: kind, link: link, at: closing, chain: chain.map { elements[$0] })
    }
  }

  /// Beyond this many elements a cycle's note shows its start and its end only.
  static let chainLimit = 12

  private mutating func report(_ id: DiagnosticID, kind: String, link: String, at edge: Link, chain: [String]) {
    let shown =
      chain.count <= Self.chainLimit
      ? chain : Array(chain.prefix(Self.chainLimit / 2)) + ["…"] + Array(chain.suffix(Self.chainLimit / 2))
    diagnostics.append(
      Diagnostic(
        id, at: SourceLocation(file: edge.file, range: edge.range),
        Phrase(
          chain.count == 2 ? "plan.cycle.self" : "plan.cycle", .word("plan.kind." + kind), "\(edge.from)", "\(link)"),
        notes: [Phrase("plan.cycle.note", "\(link)", "\(shown.joined(separator: " → "))")]))
  }

  /// The shortest way from `start` back to itself inside its component (breadth first), as the
  /// link that leaves `start` and the chain of elements, or `nil` when `start` is on no cycle.
  private func shortestCycle(
    through start: Int, edges: [[(target: Int, link: Link)]], component: [Int]
  ) -> (Link, [Int])? {
    var previous: [Int: Int] = [start: -1]
    var queue = [start]
    var head = 0
    while head < queue.count {
      let element = queue[head]
      head += 1
      for edge in edges[element] where component[edge.target] == component[start] {
        if edge.target == start {
          var chain = [start]
          var cursor = element
          while cursor != start {
            chain.append(cursor)
            cursor = previous[cursor] ?? start
          }
          chain.append(start)
          chain.reverse()
          guard let leaving = edges[start].first(where: { $0.target == chain[1] }) else { return nil }
          return (leaving.link, chain)
        }
        if previous[edge.target] == nil {
          previous[edge.target] = element
          queue.append(edge.target)
        }
      }
    }
    return nil
  }

  /// Tarjan's strongly connected components, walked without recursion: a component number for
  /// each element.
  private func stronglyConnectedComponents(_ edges: [[(target: Int, link: Link)]]) -> [Int] {
    let count = edges.count
    var number = Array(repeating: -1, count: count)
    var low = Array(repeating: 0, count: count)
    var onStack = Array(repeating: false, count: count)
    var component = Array(repeating: -1, count: count)
    var stack: [Int] = []
    var next = 0
    var components = 0
    for root in 0..<count where number[root] < 0 {
      var path: [(element: Int, edge: Int)] = [(root, 0)]
      number[root] = next
      low[root] = next
      next += 1
      stack.append(root)
      onStack[root] = true
      while let (element, edge) = path.last {
        if edge < edges[element].count {
          path[path.count - 1].edge += 1
          let target = edges[element][edge].target
          if number[target] < 0 {
            number[target] = next
            low[target] = next
            next += 1
            stack.append(target)
            onStack[target] = true
            path.append((target, 0))
          } else if onStack[target] {
            low[element] = min(low[element], number[target])
          }
          continue
        }
        path.removeLast()
        if let parent = path.last?.element { low[parent] = min(low[parent], low[element]) }
        guard low[element] == number[element] else { continue }
        while let member = stack.popLast() {
          onStack[member] = false
          component[member] = components
          if member == element { break }
        }
        components += 1
      }
    }
    return component
  }
}
