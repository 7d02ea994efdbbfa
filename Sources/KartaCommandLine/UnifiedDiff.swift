/// A unified diff of two texts by lines, as `diff -u` prints it: `--- a/PATH`, `+++ b/PATH`, then
/// hunks `@@ -l,n +l,n @@` with three lines of context. The edit script is Myers' shortest one,
/// found in memory linear in the texts (past `tracedEdits` differences by Myers' linear-space
/// refinement); past `maximumEdits` differences (a file rewritten throughout) the changed middle
/// is shown as one removal and one addition instead of searching further.
struct UnifiedDiff {
  /// The lines of context around each change.
  static let context = 3
  /// The most differences the search looks for before giving up on a minimal script.
  static let maximumEdits = 4000

  enum Line: Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  /// The diff of `old` to `new` labelled with `path`, or an empty string when they are equal.
  static func render(old: String, new: String, path: String) -> String {
    let script = edits(from: lines(of: old), to: lines(of: new))
    guard script.contains(where: { if case .same = $0 { false } else { true } }) else { return "" }
    var output = "--- a/\(path)\n+++ b/\(path)\n"
    for hunk in hunks(of: script) { output += hunk }
    return output
  }

  /// The lines of `text`; a last line without a line break is still a line.
  static func lines(of text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The shortest edit script from `old` to `new`, after cutting their common start and end.
  static func edits(from old: [String], to new: [String]) -> [Line] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    // Lines become numbers, so that the searches compare integers, not strings.
    var numbers: [String: Int] = [:]
    let a = oldMiddle.map { line in numbers[line] ?? { numbers[line] = numbers.count; return numbers.count - 1 }() }
    let b = newMiddle.map { line in numbers[line] ?? { numbers[line] = numbers.count; return numbers.count - 1 }() }
    let middle: [Line]
    if let script = tracedMyers(a, b) {
      middle = script.map { $0.line(old: oldMiddle, new: newMiddle) }
    } else if distance(a, b) != nil {
      var script: [Step] = []
      LinearSpaceDiff(a: a, b: b).diff(0, a.count, 0, b.count, into: &script)
      middle = removalsFirst(script).map { $0.line(old: oldMiddle, new: newMiddle) }
    } else {
      middle = oldMiddle.map { Line.removed($0) } + newMiddle.map { Line.added($0) }
    }
    return old[..<prefix].map { Line.same($0) } + middle + old[(old.count - suffix)...].map { Line.same($0) }
  }

  /// The most differences for which the search keeps each round's frontier to walk back (about
  /// `tracedEdits`² integers); past it the script is found in linear space.
  static let tracedEdits = 1000

  /// One step of an edit script, by line index: a line of both, of the old text only, of the new only.
  enum Step {
    case same(Int)
    case removed(Int)
    case added(Int)

    func line(old: [String], new: [String]) -> Line {
      switch self {
      case .same(let index): .same(old[index])
      case .removed(let index): .removed(old[index])
      case .added(let index): .added(new[index])
      }
    }
  }

  /// Myers' O((N+M)D) algorithm, keeping each round's frontier (only the diagonals it reached) to
  /// walk the path back; `nil` past `tracedEdits` differences.
  private static func tracedMyers(_ old: [Int], _ new: [Int]) -> [Step]? {
    let n = old.count
    let m = new.count
    // Round d's frontier on diagonals -d-1 ... d+1.
    var trace: [[Int]] = []
    let reached = forwardSearch(old, new, maximum: min(n + m, tracedEdits)) { d, frontier, offset in
      trace.append(Array(frontier[(offset - d - 1)...(offset + d + 1)]))
    }
    guard reached != nil else { return nil }
    var script: [Step] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let round = trace[d]
      // Diagonal k of round d is at round[k + d + 1].
      let k = x - y
      let previousK =
        (k == -d || (k != d && round[k - 1 + d + 1] < round[k + 1 + d + 1])) ? k + 1 : k - 1
      let previousX = d == 0 ? 0 : round[previousK + d + 1]
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        script.append(.same(x - 1))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == previousX {
          script.append(.added(y - 1))
        } else {
          script.append(.removed(x - 1))
        }
      }
      x = previousX
      y = previousY
    }
    return script.reversed()
  }

  /// The number of differences between `old` and `new`, or `nil` past `maximumEdits`; keeps one
  /// frontier only.
  private static func distance(_ old: [Int], _ new: [Int]) -> Int? {
    forwardSearch(old, new, maximum: min(old.count + new.count, maximumEdits)) { _, _, _ in }
  }

  /// Myers' forward search: round by round, the furthest point reached on each diagonal, until one
  /// reaches the end of both; the round it did, or `nil` past `maximum`. `beforeRound(d, frontier,
  /// offset)` sees the frontier as round d starts (diagonal k at `frontier[offset + k]`).
  private static func forwardSearch(
    _ old: [Int], _ new: [Int], maximum: Int, beforeRound: (Int, [Int], Int) -> Void
  ) -> Int? {
    let n = old.count
    let m = new.count
    let offset = maximum + 1
    var frontier = [Int](repeating: 0, count: 2 * maximum + 3)
    for d in 0...maximum {
      beforeRound(d, frontier, offset)
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
          ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
        var y = x - k
        while x < n, y < m, old[x] == new[y] {
          x += 1
          y += 1
        }
        frontier[offset + k] = x
        if x >= n, y >= m { return d }
      }
    }
    return nil
  }

  /// The script with each run of changes written as its removals, then its additions, as
  /// `diff -u` shows a replaced block.
  private static func removalsFirst(_ script: [Step]) -> [Step] {
    var result: [Step] = []
    result.reserveCapacity(script.count)
    var added: [Step] = []
    for step in script {
      switch step {
      case .same:
        result += added
        added.removeAll(keepingCapacity: true)
        result.append(step)
      case .removed: result.append(step)
      case .added: added.append(step)
      }
    }
    return result + added
  }

  /// The hunks of `script`: each change with up to three lines of context, hunks that touch merged.
  private static func hunks(of script: [Line]) -> [String] {
    let changed = script.indices.filter { if case .same = script[$0] { false } else { true } }
    var ranges: [ClosedRange<Int>] = []
    for index in changed {
      let range = max(0, index - context)...min(script.count - 1, index + context)
      if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
        ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        ranges.append(range)
      }
    }
    var oldLine = 1
    var newLine = 1
    var position = 0
    var result: [String] = []
    for range in ranges {
      while position < range.lowerBound {
        advance(script[position], old: &oldLine, new: &newLine)
        position += 1
      }
      let oldStart = oldLine
      let newStart = newLine
      var body = ""
      var oldCount = 0
      var newCount = 0
      for line in script[range] {
        switch line {
        case .same(let text):
          body += " \(text)\n"
          oldCount += 1
          newCount += 1
        case .removed(let text):
          body += "-\(text)\n"
          oldCount += 1
        case .added(let text):
          body += "+\(text)\n"
          newCount += 1
        }
        advance(line, old: &oldLine, new: &newLine)
      }
      position = range.upperBound + 1
      let oldLabel = oldCount == 0 ? "\(oldStart - 1),0" : oldCount == 1 ? "\(oldStart)" : "\(oldStart),\(oldCount)"
      let newLabel = newCount == 0 ? "\(newStart - 1),0" : newCount == 1 ? "\(newStart)" : "\(newStart),\(newCount)"
      result.append("@@ -\(oldLabel) +\(newLabel) @@\n" + body)
    }
    return result
  }

  private static func advance(_ line: Line, old: inout Int, new: inout Int) {
    switch line {
    case .same:
      old += 1
      new += 1
    case .removed: old += 1
    case .added: new += 1
    }
  }
}
