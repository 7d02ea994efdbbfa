/// Turns byte offsets in a UTF-8 buffer into `line:column` positions (columns count Unicode
/// scalars, like every Karta column), so readers can remember a compact offset and report a place on demand.
public struct LineTable: Sendable {
  private let lineStarts: [Int]

  /// Indexes the line starts of `bytes` (after LF, or CR not followed by LF).
  public init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var starts = [0]
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A {
        starts.append(index + 1)
      } else if byte == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
        starts.append(index + 1)
      }
      index += 1
    }
    lineStarts = starts
  }

  /// Indexes the line starts of `bytes`.
  public init(_ bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { LineTable($0) }
  }

  /// The position of byte `offset` in `bytes` (the same buffer the table was built from).
  public func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    var column = 1
    var index = lineStarts[low]
    let end = min(offset, bytes.count)
    while index < end {
      // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourcePosition(line: low + 1, column: column)
  }

  /// The position of byte `offset` in `bytes`.
  public func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
    bytes.withUnsafeBufferPointer { position(of: offset, in: $0) }
  }
}
