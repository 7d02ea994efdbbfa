import KartaLanguage

/// Sections nested in themselves and items that wait for themselves: a `parent:` or `after:` link
/// that leads back where it started. Walked without recursion, so a chain of thousands of
/// sections costs no stack.
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
    for placed in declarations {
      guard let id = placed.syntax.identifier?.text else { continue }
      switch placed.syntax.keyword.keyword {
      case .section:
        if let parent = placed.syntax.property(.parent), let range = parent.value.range, !parent.value.isEmpty {
          parents[id, default: []].append(Link(from: id, to: parent.value.text, range: range, file: placed.file))
        }
      case .item:
        for after in placed.syntax.properties(.after) {
          for target in identifiers(after.value) {
            dependencies[id, default: []].append(
              Link(from: id, to: target.text, range: target.range, file: placed.file))
          }
        }
      default:
        break
      }
    }
    reportCycles(in: parents, order: plan.sections.map(\.id), id: .sectionCycle, kind: "section", link: "parent")
    reportCycles(in: dependencies, order: plan.items.map(\.id), id: .dependencyCycle, kind: "item", link: "after")
  }

  /// Finds every cycle of `graph` by depth-first search, reporting each once at the link that
  /// closes it.
  private mutating func reportCycles(
    in graph: [String: [Link]], order: [String], id: DiagnosticID, kind: String, link: String
  ) {
    enum Mark { case open, done }
    var marks: [String: Mark] = [:]
    for root in order where marks[root] == nil {
      // The path from the root: each element with the index of its next link to follow.
      var path: [(element: String, next: Int)] = [(root, 0)]
      marks[root] = .open
      while let top = path.last {
        let links = graph[top.element] ?? []
        guard top.next < links.count else {
          marks[top.element] = .done
          path.removeLast()
          continue
        }
        path[path.count - 1].next += 1
        let edge = links[top.next]
        switch marks[edge.to] {
        case .open?:
          let start = path.firstIndex { $0.element == edge.to } ?? 0
          let chain = path[start...].map(\.element) + [edge.to]
          diagnostics.append(
            Diagnostic(
              id, at: SourceLocation(file: edge.file, range: edge.range),
              Phrase(
                chain.count == 2 ? "plan.cycle.self" : "plan.cycle", .word("plan.kind." + kind), "\(edge.from)",
                "\(link)"),
              notes: [Phrase("plan.cycle.note", "\(link)", "\(chain.joined(separator: " → "))")]))
        case .done?:
          break
        case nil:
          marks[edge.to] = .open
          path.append((edge.to, 0))
        }
      }
    }
  }
}
