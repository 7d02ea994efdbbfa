/// Myers' linear-space refinement: the middle snake of the shortest edit script, found by
/// searching from both ends at once, splits the problem in two; each half is solved the same
/// way. Memory is linear in the texts; time O((N+M)D), about twice the one-way search.
struct LinearSpaceDiff {
  /// The old and the new lines, as numbers (equal lines, equal numbers).
  let a: [Int]
  let b: [Int]

  /// Appends the script from `a[aStart..<aEnd]` to `b[bStart..<bEnd]` to `script`.
  func diff(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int, into script: inout [UnifiedDiff.Step]) {
    var aStart = aStart
    var bStart = bStart
    var aEnd = aEnd
    var bEnd = bEnd
    while aStart < aEnd, bStart < bEnd, a[aStart] == b[bStart] {
      script.append(.same(aStart))
      aStart += 1
      bStart += 1
    }
    var suffix = 0
    while aEnd > aStart, bEnd > bStart, a[aEnd - 1] == b[bEnd - 1] {
      aEnd -= 1
      bEnd -= 1
      suffix += 1
    }
    if aStart == aEnd {
      for index in bStart..<bEnd { script.append(.added(index)) }
    } else if bStart == bEnd {
      for index in aStart..<aEnd { script.append(.removed(index)) }
    } else {
      let snake = middleSnake(aStart, aEnd, bStart, bEnd)
      diff(aStart, snake.x, bStart, snake.y, into: &script)
      for index in snake.x..<snake.u { script.append(.same(index)) }
      diff(snake.u, aEnd, snake.v, bEnd, into: &script)
    }
    for index in 0..<suffix { script.append(.same(aEnd + index)) }
  }

  /// The middle snake of the shortest path from (aStart, bStart) to (aEnd, bEnd): it runs from
  /// (x, y) to (u, v) along equal lines. Both ranges are non-empty and differ at both ends.
  private func middleSnake(
    _ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int
  ) -> (x: Int, y: Int, u: Int, v: Int) {
    let n = aEnd - aStart
    let m = bEnd - bStart
    let delta = n - m
    let odd = delta & 1 != 0
    let maximum = (n + m + 1) / 2
    let offset = maximum + 1
    // forward[k]: the furthest x on diagonal k (x − y = k) from the start; backward[k]: the
    // furthest distance walked back from the end on diagonal k of the reversed texts.
    var forward = [Int](repeating: 0, count: 2 * maximum + 3)
    var backward = [Int](repeating: 0, count: 2 * maximum + 3)
    for d in 0...maximum {
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]))
          ? forward[offset + k + 1] : forward[offset + k - 1] + 1
        var y = x - k
        let (startX, startY) = (x, y)
        while x < n, y < m, a[aStart + x] == b[bStart + y] {
          x += 1
          y += 1
        }
        forward[offset + k] = x
        let reverse = delta - k
        if odd, reverse >= -(d - 1), reverse <= d - 1, x + backward[offset + reverse] >= n {
          return (aStart + startX, bStart + startY, aStart + x, bStart + y)
        }
      }
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          (k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1]))
          ? backward[offset + k + 1] : backward[offset + k - 1] + 1
        var y = x - k
        let (startX, startY) = (x, y)
        while x < n, y < m, a[aEnd - 1 - x] == b[bEnd - 1 - y] {
          x += 1
          y += 1
        }
        backward[offset + k] = x
        let reverse = delta - k
        if !odd, reverse >= -d, reverse <= d, x + forward[offset + reverse] >= n {
          return (aEnd - x, bEnd - y, aEnd - startX, bEnd - startY)
        }
      }
    }
    // Unreachable (the two searches meet by round ⌈(N+M)/2⌉); were it reached, removing all
    // and adding all is still a script, and the recursion ends.
    return (aEnd, bStart, aEnd, bStart)
  }
}
